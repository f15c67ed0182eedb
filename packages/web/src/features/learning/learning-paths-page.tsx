import { LEARNING_NAMESPACE } from './i18n.js';
import './learning.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import type { CourseCatalogue, LearningPath, Role } from '@coreteam/core';
import { useApiResource } from '../../shared/api/use-api-resource.js';
import { SelectField } from '../../shared/forms/select-field.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { rolesPath } from '../team-structure/role-catalogue.js';
import { indexCatalogue, keyOf, offeringText, type CatalogueIndex } from './course-wording.js';
import { learningApi, learningPages } from './learning-paths.js';

/** /learning-paths?role=: a role's courses in the order to take them, with formats, costs and prerequisites. */
export default function LearningPathsPage() {
  const { t, i18n } = useTranslation(LEARNING_NAMESPACE);
  const roles = useApiResource<{ roles: Role[] }>(rolesPath(i18n.language));
  const catalogue = useApiResource<CourseCatalogue>(learningApi.courses);
  const search = useSearch();
  const [, navigate] = useLocation();

  const roleList = roles.state.status === 'loaded' ? roles.state.data.roles : [];
  const asked = new URLSearchParams(search).get('role');
  const roleKey = roleList.some((role) => role.key === asked) ? asked! : roleList[0]?.key;
  const index = useMemo(
    () => (catalogue.state.status === 'loaded' ? indexCatalogue(catalogue.state.data) : undefined),
    [catalogue.state],
  );

  return (
    <>
      <h1 className="page-title">{t('paths.title')}</h1>
      <p className="page-lead">{t('paths.lead')}</p>
      {roles.state.status === 'failed' ? (
        <LoadFailure error={roles.state.error} onRetry={roles.reload} />
      ) : catalogue.state.status === 'failed' ? (
        <LoadFailure error={catalogue.state.error} onRetry={catalogue.reload} />
      ) : !roleKey || !index ? (
        <PageLoading />
      ) : (
        <>
          <div className="learning-picker">
            <SelectField
              name="learning-path-role"
              label={t('paths.roleLabel')}
              value={roleKey}
              options={roleList.map((role) => ({ value: role.key, label: role.name }))}
              onChange={(value) =>
                navigate(`${learningPages.paths}?role=${encodeURIComponent(value)}`, { replace: true })
              }
            />
          </div>
          <RolePath
            roleKey={roleKey}
            roleName={roleList.find((role) => role.key === roleKey)?.name ?? roleKey}
            index={index}
          />
        </>
      )}
    </>
  );
}

function RolePath({
  roleKey,
  roleName,
  index,
}: {
  roleKey: string;
  roleName: string;
  index: CatalogueIndex;
}) {
  const { t, i18n } = useTranslation(LEARNING_NAMESPACE);
  const path = useApiResource<LearningPath>(learningApi.path(roleKey));
  if (path.state.status === 'failed') return <LoadFailure error={path.state.error} onRetry={path.reload} />;
  if (path.state.status === 'loading') return <PageLoading />;
  const steps = path.state.data.steps;
  return (
    <section aria-labelledby="learning-path-title" className="page-section">
      <h2 id="learning-path-title" className="section-title">
        {t('paths.pathTitle', { role: roleName })}
      </h2>
      {steps.length === 0 ? (
        <p className="empty-state">{t('paths.empty')}</p>
      ) : (
        <div className="learning-scroll">
          <table className="learning-table" data-test="learning-path">
            <caption>{t('paths.caption', { role: roleName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.step')}</th>
                <th scope="col">{t('columns.course')}</th>
                <th scope="col">{t('columns.category')}</th>
                <th scope="col">{t('columns.formats')}</th>
                <th scope="col">{t('columns.prerequisites')}</th>
              </tr>
            </thead>
            <tbody>
              {steps.map((step, position) => {
                const course = index.course(step.courseKey);
                return (
                  <tr key={step.courseKey} data-test="learning-path-step">
                    <td className="number">{position + 1}</td>
                    <th scope="row">
                      {step.courseName}
                      {course?.description && <span className="learning-subtext">{course.description}</span>}
                    </th>
                    <td>
                      {index.categoryName(course?.categoryKey ?? null) ??
                        (course ? t(`kinds.${keyOf(course.kind)}`) : '—')}
                    </td>
                    <td>
                      <ul className="learning-list">
                        {(course?.offerings ?? []).map((offering) => (
                          <li key={offering.format}>{offeringText(offering, t, i18n.language)}</li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      {course && course.prerequisiteKeys.length > 0
                        ? course.prerequisiteKeys.map((key) => index.courseName(key)).join(', ')
                        : t('paths.noPrerequisites')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
