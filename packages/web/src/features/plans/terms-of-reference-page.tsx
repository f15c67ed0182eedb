import { PLANS_NAMESPACE } from './i18n.js';
import './plans.css';
import { Button } from '@dhis2-ui/button';
import { Card } from '@dhis2-ui/card';
import { Tag } from '@dhis2-ui/tag';
import { TextAreaField } from '@dhis2-ui/text-area';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import type { TermsOfReference } from '@coreteam/core';
import { putJson } from '../../shared/api/api-client.js';
import { errorMessage } from '../../shared/api/error-messages.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { FormError } from '../../shared/ui/form-error.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { useRoleCatalogue } from '../team-structure/role-catalogue.js';
import { currentOnConflict, errorAt, fieldErrorsOf } from './field-errors.js';
import { ConflictDialog } from './plan-dialogs.js';
import { api, pages } from './plan-paths.js';
import { useApiResource, usePlanAccess } from './plan-resources.js';

/** Text areas hold one item per line; blank lines are dropped. */
function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The text of one position's ToR, as it goes into the plan document. */
export function TermsOfReferenceText({
  tor,
  headingLevel,
}: {
  tor: TermsOfReference;
  headingLevel: 'h3' | 'h4';
}) {
  const { t } = useTranslation(PLANS_NAMESPACE);
  const Heading = headingLevel;
  return (
    <div className="tor-text">
      <Heading className="tor-text__heading">{t('tor.purpose')}</Heading>
      <p className="pre-line">{tor.purpose}</p>
      <Heading className="tor-text__heading">{t('tor.responsibilities')}</Heading>
      <ul>
        {tor.responsibilities.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
      {tor.requiredCompetencies.length > 0 && (
        <>
          <Heading className="tor-text__heading">{t('tor.competencies')}</Heading>
          <ul>
            {tor.requiredCompetencies.map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ul>
        </>
      )}
      {tor.reportingLine && (
        <>
          <Heading className="tor-text__heading">{t('tor.reportingLine')}</Heading>
          <p className="pre-line">{tor.reportingLine}</p>
        </>
      )}
    </div>
  );
}

function TorEditor({
  teamId,
  tor,
  roleName,
  onSaved,
  onCancel,
}: {
  teamId: string;
  tor: TermsOfReference;
  roleName: string;
  onSaved: (tor: TermsOfReference) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation(PLANS_NAMESPACE);
  const { t: tShared } = useTranslation();
  const [purpose, setPurpose] = useState(tor.purpose);
  const [responsibilities, setResponsibilities] = useState(tor.responsibilities.join('\n'));
  const [competencies, setCompetencies] = useState(tor.requiredCompetencies.join('\n'));
  const [reportingLine, setReportingLine] = useState(tor.reportingLine);
  const [version, setVersion] = useState(tor.version);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<TermsOfReference>();
  const idPrefix = `tor-${tor.roleKey}`;

  const save = async (withVersion: number) => {
    setErrors({});
    setFailure(undefined);
    setBusy(true);
    try {
      const saved = await putJson<TermsOfReference>(api.tor(teamId, tor.roleKey), {
        version: withVersion,
        purpose: purpose.trim(),
        responsibilities: lines(responsibilities),
        requiredCompetencies: lines(competencies),
        reportingLine: reportingLine.trim(),
      });
      setBusy(false);
      onSaved(saved);
    } catch (error) {
      setBusy(false);
      const current = currentOnConflict<TermsOfReference>(error);
      if (current) setConflict(current);
      else {
        setErrors(fieldErrorsOf(error, t));
        setFailure(errorMessage(error, tShared, i18n.language));
      }
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(version);
  };

  return (
    <form className="form-card form-card--flat" onSubmit={submit} noValidate>
      <TextAreaField
        name={`${idPrefix}-purpose`}
        label={t('tor.purpose')}
        value={purpose}
        rows={3}
        onChange={({ value }) => setPurpose(value ?? '')}
        error={Boolean(errors.purpose)}
        validationText={errors.purpose}
        required
      />
      <TextAreaField
        name={`${idPrefix}-responsibilities`}
        label={t('tor.responsibilities')}
        helpText={t('tor.onePerLine')}
        value={responsibilities}
        rows={6}
        onChange={({ value }) => setResponsibilities(value ?? '')}
        error={Boolean(errorAt(errors, 'responsibilities'))}
        validationText={errorAt(errors, 'responsibilities')}
        required
      />
      <TextAreaField
        name={`${idPrefix}-competencies`}
        label={t('tor.competencies')}
        helpText={t('tor.onePerLine')}
        value={competencies}
        rows={5}
        onChange={({ value }) => setCompetencies(value ?? '')}
        error={Boolean(errorAt(errors, 'requiredCompetencies'))}
        validationText={errorAt(errors, 'requiredCompetencies')}
      />
      <TextAreaField
        name={`${idPrefix}-reporting`}
        label={t('tor.reportingLine')}
        value={reportingLine}
        rows={2}
        onChange={({ value }) => setReportingLine(value ?? '')}
        error={Boolean(errors.reportingLine)}
        validationText={errors.reportingLine}
      />
      <FormError message={failure} />
      <div className="button-row">
        <Button type="submit" primary loading={busy} disabled={busy}>
          {t('tor.save', { role: roleName })}
        </Button>
        <Button secondary onClick={() => onCancel()} disabled={busy}>
          {tShared('common.cancel')}
        </Button>
      </div>
      {conflict && (
        <ConflictDialog
          title={t('conflict.torTitle')}
          busy={busy}
          onReload={() => {
            setPurpose(conflict.purpose);
            setResponsibilities(conflict.responsibilities.join('\n'));
            setCompetencies(conflict.requiredCompetencies.join('\n'));
            setReportingLine(conflict.reportingLine);
            setVersion(conflict.version);
            setConflict(undefined);
          }}
          onApplyMine={() => {
            setVersion(conflict.version);
            setConflict(undefined);
            void save(conflict.version);
          }}
        />
      )}
    </form>
  );
}

/** /teams/:teamId/terms-of-reference — the core positions' ToRs, as they go into the plan document. */
export default function TermsOfReferencePage() {
  const { teamId } = useParams<{ teamId: string }>();
  const { t } = useTranslation(PLANS_NAMESPACE);
  const access = usePlanAccess(teamId);
  const tors = useApiResource<{ termsOfReference: TermsOfReference[] }>(api.tors(teamId));
  const roles = useRoleCatalogue(teamId);
  const [editing, setEditing] = useState<string>();
  const roleName = (roleKey: string) =>
    roles.state.status === 'loaded' ? roles.state.data.name(roleKey) : roleKey;

  return (
    <>
      <p className="page-footer-link plan-back">
        <Link href={pages.plans(teamId)}>{t('tor.back')}</Link>
      </p>
      <h1 className="page-title">{t('tor.title')}</h1>
      <p className="page-lead">{t('tor.lead')}</p>
      {tors.state.status === 'loading' && <PageLoading />}
      {tors.state.status === 'failed' && <LoadFailure error={tors.state.error} onRetry={tors.reload} />}
      {tors.state.status === 'loaded' && (
        <div className="tor-list">
          {tors.state.data.termsOfReference.map((tor) => {
            const headingId = `tor-heading-${tor.roleKey}`;
            const name = roleName(tor.roleKey);
            return (
              <Card key={tor.roleKey}>
                <section className="card-body tor-card" aria-labelledby={headingId} data-test="tor-card">
                  <div className="section-heading">
                    <h2 id={headingId} className="section-title">
                      {name}
                    </h2>
                    <Tag neutral={tor.isDefault} positive={!tor.isDefault}>
                      {tor.isDefault ? t('tor.default') : t('tor.edited')}
                    </Tag>
                  </div>
                  {editing === tor.roleKey ? (
                    <TorEditor
                      teamId={teamId}
                      tor={tor}
                      roleName={name}
                      onCancel={() => setEditing(undefined)}
                      onSaved={(saved) => {
                        if (tors.state.status === 'loaded') {
                          tors.replace({
                            termsOfReference: tors.state.data.termsOfReference.map((other) =>
                              other.roleKey === saved.roleKey ? saved : other,
                            ),
                          });
                        }
                        setEditing(undefined);
                      }}
                    />
                  ) : (
                    <>
                      <TermsOfReferenceText tor={tor} headingLevel="h3" />
                      {access.canEdit && (
                        <div className="button-row">
                          <Button small onClick={() => setEditing(tor.roleKey)}>
                            {t('tor.edit', { role: name })}
                          </Button>
                        </div>
                      )}
                    </>
                  )}
                </section>
              </Card>
            );
          })}
        </div>
      )}
    </>
  );
}
