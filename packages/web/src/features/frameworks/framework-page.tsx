import { FRAMEWORKS_NAMESPACE } from './i18n.js';
import './frameworks.css';
import { Button } from '@dhis2-ui/button';
import { Card } from '@dhis2-ui/card';
import { InputField } from '@dhis2-ui/input';
import { NoticeBox } from '@dhis2-ui/notice-box';
import { Tag } from '@dhis2-ui/tag';
import { TextAreaField } from '@dhis2-ui/text-area';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import type { FrameworkDetail } from '@coreteam/core';
import { ApiError, postJson } from '../../shared/api/api-client.js';
import { errorMessage } from '../../shared/api/error-messages.js';
import { useApiResource } from '../../shared/api/use-api-resource.js';
import { formatDateTime } from '../../shared/format/intl.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { useCurrentTeam } from '../../shared/session/current-team.js';
import { useMe } from '../../shared/session/session-context.js';
import { FormError, FormSuccess } from '../../shared/ui/form-error.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { useRoleCatalogue, type RoleCatalogue } from '../team-structure/role-catalogue.js';
import { CopyFrameworkDialog } from './copy-framework-dialog.js';
import { documentOf, draftOf, elementOfField, skillCount, type FrameworkDraft } from './framework-draft.js';
import { exportPath, frameworkPagePath, frameworkPath, frameworksPagePath } from './framework-paths.js';
import { FrameworkTargetsTable } from './framework-targets-table.js';
import { FrameworkTreeEditor, type ElementProblems } from './framework-tree-editor.js';
import { fieldLabel, fieldProblemsOf, warningTexts, type FieldProblemText } from './field-problems.js';
import { RatingScaleEditor } from './rating-scale-editor.js';

/** /teams/:teamId/frameworks/:frameworkId — one framework: its editor for leads, a view for others. */
export default function FrameworkPage() {
  const { teamId, frameworkId } = useParams<{ teamId: string; frameworkId: string }>();
  const { t } = useTranslation(FRAMEWORKS_NAMESPACE);
  const team = useCurrentTeam();
  if (team?.id !== teamId) {
    return (
      <>
        <h1 className="page-title">{t('list.title')}</h1>
        <p className="page-lead">{t('list.noAccess')}</p>
      </>
    );
  }
  return <FrameworkLoader teamId={teamId} frameworkId={frameworkId} canManage={team.canManage} />;
}

function FrameworkLoader({
  teamId,
  frameworkId,
  canManage,
}: {
  teamId: string;
  frameworkId: string;
  canManage: boolean;
}) {
  const { t } = useTranslation(FRAMEWORKS_NAMESPACE);
  const [version, setVersion] = useState<number>();
  const [savedNumber, setSavedNumber] = useState<number>();
  const detail = useApiResource<FrameworkDetail>(frameworkPath(frameworkId, version));
  const catalogue = useRoleCatalogue(teamId);
  if (detail.state.status === 'failed' || catalogue.state.status === 'failed') {
    const failed = detail.state.status === 'failed' ? detail : catalogue;
    return (
      <>
        <h1 className="page-title">{t('list.title')}</h1>
        <LoadFailure error={(failed.state as { error: unknown }).error} onRetry={failed.reload} />
      </>
    );
  }
  if (detail.state.status === 'loading' || catalogue.state.status === 'loading') return <PageLoading />;
  return (
    <FrameworkScreen
      teamId={teamId}
      detail={detail.state.data}
      catalogue={catalogue.state.data}
      canManage={canManage}
      savedNumber={savedNumber}
      onPickVersion={(number) => {
        setSavedNumber(undefined);
        setVersion(number);
      }}
      onSaved={(saved) => {
        setVersion(undefined);
        setSavedNumber(saved.selectedVersion.number);
        detail.replace(saved);
      }}
      onReload={() => {
        setSavedNumber(undefined);
        setVersion(undefined);
        detail.reload();
      }}
    />
  );
}

function FrameworkScreen({
  teamId,
  detail,
  catalogue,
  canManage,
  savedNumber,
  onPickVersion,
  onSaved,
  onReload,
}: {
  teamId: string;
  detail: FrameworkDetail;
  catalogue: RoleCatalogue;
  canManage: boolean;
  savedNumber: number | undefined;
  onPickVersion: (version: number | undefined) => void;
  onSaved: (detail: FrameworkDetail) => void;
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation(FRAMEWORKS_NAMESPACE);
  const me = useMe();
  const [, navigate] = useLocation();
  const [copying, setCopying] = useState(false);
  const selected = detail.selectedVersion;
  const isLatest = selected.number === detail.latestVersion.number;
  const ownedHere = detail.teamId === teamId || (detail.teamId === null && me.user.systemAdmin);
  const editable = canManage && !detail.builtIn && ownedHere && isLatest;

  return (
    <>
      <p className="page-footer-link">
        <Link href={frameworksPagePath(teamId)}>{t('editor.back')}</Link>
      </p>
      <h1 className="page-title">{detail.name}</h1>
      <div className="framework-header">
        <code className="framework-key">{detail.key}</code>
        {detail.builtIn && <Tag neutral>{t('list.builtIn')}</Tag>}
        {selected.frozen && (
          <Tag neutral dataTest="frozen-tag">
            {t('list.frozen')}
          </Tag>
        )}
        <label className="framework-select">
          <span>{t('editor.versionPicker')}</span>
          <select
            value={selected.number}
            onChange={(event) => {
              const number = Number(event.target.value);
              onPickVersion(number === detail.latestVersion.number ? undefined : number);
            }}
            data-testid="version-picker"
          >
            {[...detail.versions].reverse().map((version) => (
              <option key={version.id} value={version.number}>
                {t('editor.versionOption', {
                  number: version.number,
                  date: formatDateTime(version.createdAt, i18n.language),
                })}
              </option>
            ))}
          </select>
        </label>
        <a href={exportPath(detail.id, 'yaml', selected.number)} download>
          {t('list.exportYaml')}
        </a>
        <a href={exportPath(detail.id, 'json', selected.number)} download>
          {t('list.exportJson')}
        </a>
      </div>
      {!editable && (
        <NoticeBox title={t('view.readOnlyTitle')}>
          {detail.builtIn
            ? t('view.builtIn')
            : !isLatest
              ? t('view.olderVersion', { number: detail.latestVersion.number })
              : !canManage || !ownedHere
                ? t('view.notLead')
                : t('view.readOnly')}
          {canManage && detail.teamId === null && (
            <div className="button-row">
              <Button small primary onClick={() => setCopying(true)}>
                {t('list.makeCopy')}
              </Button>
            </div>
          )}
        </NoticeBox>
      )}
      {editable && selected.frozen && (
        <NoticeBox>{t('editor.frozenNote', { number: selected.number + 1 })}</NoticeBox>
      )}
      <FormSuccess message={savedNumber ? t('editor.saved', { number: savedNumber }) : undefined} />
      <WarningList warnings={detail.warnings} />
      {editable ? (
        <FrameworkEditor
          key={selected.id}
          detail={detail}
          catalogue={catalogue}
          onSaved={onSaved}
          onReload={onReload}
        />
      ) : (
        <FrameworkView key={selected.id} detail={detail} catalogue={catalogue} />
      )}
      {copying && (
        <CopyFrameworkDialog
          teamId={teamId}
          source={detail}
          takenKeys={[]}
          onClose={() => setCopying(false)}
          onCopied={(copy) => {
            setCopying(false);
            navigate(frameworkPagePath(teamId, copy.id));
          }}
        />
      )}
    </>
  );
}

function WarningList({ warnings }: { warnings: FrameworkDetail['warnings'] }) {
  const { t } = useTranslation(FRAMEWORKS_NAMESPACE);
  if (warnings.length === 0) return null;
  return (
    <NoticeBox warning title={t('editor.warningsTitle')}>
      <ul className="framework-problem-list" data-testid="framework-warnings">
        {warningTexts(warnings, t).map((warning, index) => (
          <li key={`${warning.field}-${index}`}>
            <strong>{fieldLabel(warning.field, t)}</strong>: {warning.text}
          </li>
        ))}
      </ul>
    </NoticeBox>
  );
}

function FrameworkView({ detail, catalogue }: { detail: FrameworkDetail; catalogue: RoleCatalogue }) {
  const { t } = useTranslation(FRAMEWORKS_NAMESPACE);
  const draft = useMemo(() => draftOf(detail.selectedVersion.document), [detail]);
  const document = detail.selectedVersion.document;
  return (
    <div className="page-sections">
      {document.description && <p className="page-lead pre-line">{document.description}</p>}
      <section aria-labelledby="framework-scale">
        <h2 id="framework-scale" className="section-title">
          {t('scale.title')}
        </h2>
        <Card>
          <div className="card-body">
            <RatingScaleEditor
              scale={document.ratingScale}
              onChange={() => undefined}
              problems={{}}
              readOnly
            />
          </div>
        </Card>
      </section>
      <section aria-labelledby="framework-tree">
        <h2 id="framework-tree" className="section-title">
          {t('editor.treeTitle', { count: skillCount(draft.areas) })}
        </h2>
        <ol className="framework-list framework-list--areas">
          {document.areas.map((area) => (
            <li key={area.key} className="framework-area">
              <h3 className="subsection-title">{area.name}</h3>
              <p className="muted">
                <code>{area.key}</code> · {catalogue.name(area.roleKey)}
                {area.subRoleKey ? ` – ${catalogue.subRoleName(area.roleKey, area.subRoleKey)}` : ''}
              </p>
              {area.description && <p>{area.description}</p>}
              <ol className="framework-list framework-list--categories">
                {area.categories.map((category) => (
                  <li key={category.key} className="framework-category">
                    <h4 className="framework-category-title">{category.name}</h4>
                    <p className="muted">
                      <code>{category.key}</code>
                    </p>
                    {category.description && <p>{category.description}</p>}
                    <ul className="framework-view-skills">
                      {category.skills.map((skill) => (
                        <li key={skill.key}>
                          <strong>{skill.name}</strong> <code className="muted">{skill.key}</code>
                          {skill.description && <div>{skill.description}</div>}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="framework-targets">
        <h2 id="framework-targets" className="section-title">
          {t('targets.title')}
        </h2>
        <p className="section-lead">{t('targets.lead')}</p>
        <FrameworkTargetsTable
          areas={draft.areas}
          targets={draft.targets}
          onChange={() => undefined}
          catalogue={catalogue}
          readOnly
        />
      </section>
    </div>
  );
}

/** Problems of the whole document by field, and those of tree elements by element. */
function splitProblems(draft: FrameworkDraft, problems: readonly FieldProblemText[]) {
  const byField: Record<string, string> = {};
  const byElement: ElementProblems = {};
  for (const problem of problems) {
    byField[problem.field] = problem.text;
    const element = elementOfField(draft.areas, problem.field);
    if (element) {
      byElement[element.uid] = { ...byElement[element.uid], [element.part]: problem.text };
    }
  }
  return { byField, byElement };
}

function FrameworkEditor({
  detail,
  catalogue,
  onSaved,
  onReload,
}: {
  detail: FrameworkDetail;
  catalogue: RoleCatalogue;
  onSaved: (detail: FrameworkDetail) => void;
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation(FRAMEWORKS_NAMESPACE);
  const { t: tShared } = useTranslation();
  const [draft, setDraft] = useState<FrameworkDraft>(() => draftOf(detail.selectedVersion.document));
  const [problems, setProblems] = useState<FieldProblemText[]>([]);
  const [failure, setFailure] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const { byField, byElement } = useMemo(() => splitProblems(draft, problems), [draft, problems]);
  const nextNumber = detail.latestVersion.number + 1;

  const edit = (change: (draft: FrameworkDraft) => FrameworkDraft) => setDraft(change);

  const save = async () => {
    setBusy(true);
    setFailure(undefined);
    setConflict(false);
    setProblems([]);
    try {
      const answer = await postJson<FrameworkDetail>(frameworkPath(detail.id) + '/versions', {
        basedOnVersion: detail.latestVersion.number,
        document: documentOf(draft),
      });
      onSaved(answer);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.code === 'version_conflict') {
        setConflict(true);
      } else {
        setProblems(fieldProblemsOf(error, t));
        setFailure(errorMessage(error, tShared, i18n.language));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page-sections framework-editor">
      <section aria-labelledby="framework-about">
        <h2 id="framework-about" className="section-title">
          {t('editor.aboutTitle')}
        </h2>
        <Card>
          <div className="form-card">
            <InputField
              name="framework-name"
              label={t('editor.frameworkName')}
              value={draft.document.name}
              onChange={({ value }) =>
                edit((current) => ({ ...current, document: { ...current.document, name: value ?? '' } }))
              }
              error={Boolean(byField.name)}
              validationText={byField.name}
              required
            />
            <TextAreaField
              name="framework-description"
              label={t('editor.frameworkDescription')}
              value={draft.document.description}
              onChange={({ value }) =>
                edit((current) => ({
                  ...current,
                  document: { ...current.document, description: value ?? '' },
                }))
              }
              error={Boolean(byField.description)}
              validationText={byField.description}
              rows={3}
            />
          </div>
        </Card>
      </section>
      <section aria-labelledby="framework-scale">
        <h2 id="framework-scale" className="section-title">
          {t('scale.title')}
        </h2>
        <p className="section-lead">{t('scale.lead')}</p>
        <Card>
          <div className="card-body">
            <RatingScaleEditor
              scale={draft.document.ratingScale}
              onChange={(ratingScale) =>
                edit((current) => ({ ...current, document: { ...current.document, ratingScale } }))
              }
              problems={byField}
              readOnly={false}
            />
          </div>
        </Card>
      </section>
      <section aria-labelledby="framework-tree">
        <h2 id="framework-tree" className="section-title">
          {t('editor.treeTitle', { count: skillCount(draft.areas) })}
        </h2>
        <p className="section-lead">{t('editor.treeLead')}</p>
        <FrameworkTreeEditor
          areas={draft.areas}
          onChange={(change) => edit((current) => ({ ...current, areas: change(current.areas) }))}
          catalogue={catalogue}
          problems={byElement}
        />
      </section>
      <section aria-labelledby="framework-targets">
        <h2 id="framework-targets" className="section-title">
          {t('targets.title')}
        </h2>
        <p className="section-lead">{t('targets.lead')}</p>
        <FrameworkTargetsTable
          areas={draft.areas}
          targets={draft.targets}
          onChange={(id, level) =>
            edit((current) => {
              const targets = { ...current.targets };
              if (level === undefined) delete targets[id];
              else targets[id] = level;
              return { ...current, targets };
            })
          }
          catalogue={catalogue}
          readOnly={false}
        />
      </section>
      <div className="framework-save-bar">
        {conflict && (
          <NoticeBox warning title={t('editor.conflictTitle')}>
            {t('editor.conflict')}
            <div className="button-row">
              <Button small onClick={onReload}>
                {t('editor.reload')}
              </Button>
            </div>
          </NoticeBox>
        )}
        <FormError message={failure} />
        {problems.length > 0 && (
          <ul
            className="framework-problem-list"
            aria-label={t('editor.problemsTitle')}
            data-testid="save-problems"
          >
            {problems.map((problem, index) => (
              <li key={`${problem.field}-${index}`}>
                <strong>{fieldLabel(problem.field, t)}</strong>: {problem.text}
              </li>
            ))}
          </ul>
        )}
        <div className="button-row">
          <Button primary onClick={() => void save()} loading={busy} disabled={busy}>
            {t('editor.save', { number: nextNumber })}
          </Button>
        </div>
      </div>
    </div>
  );
}
