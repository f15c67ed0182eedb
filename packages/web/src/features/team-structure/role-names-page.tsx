import { TEAM_STRUCTURE_NAMESPACE } from './i18n.js';
import './team-structure.css';
import { Button } from '@dhis2-ui/button';
import { Card } from '@dhis2-ui/card';
import { InputField } from '@dhis2-ui/input';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { ROLE_KINDS } from '@coreteam/core';
import { putJson } from '../../shared/api/api-client.js';
import { errorMessage } from '../../shared/api/error-messages.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { FormError, FormSuccess } from '../../shared/ui/form-error.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { fieldErrorsOf } from './field-errors.js';
import { roleNamesPath, useRoleCatalogue, type RoleCatalogue } from './role-catalogue.js';
import { TeamPageGate } from './team-access.js';

/**
 * The framework's words for roles vary between countries: the team's leads give each role the
 * name used locally ("HMIS Coordinator"), and that name is shown wherever the team's roles are.
 */
export default function RoleNamesPage() {
  const { teamId } = useParams<{ teamId: string }>();
  return (
    <TeamPageGate teamId={teamId} allow={(team) => team.canManage}>
      {() => <RoleNames teamId={teamId} />}
    </TeamPageGate>
  );
}

function RoleNames({ teamId }: { teamId: string }) {
  const { t } = useTranslation(TEAM_STRUCTURE_NAMESPACE);
  const catalogue = useRoleCatalogue(teamId);
  return (
    <>
      <h1 className="page-title">{t('roleNames.title')}</h1>
      <p className="page-lead">{t('roleNames.lead')}</p>
      {catalogue.state.status === 'loading' && <PageLoading />}
      {catalogue.state.status === 'failed' && (
        <LoadFailure error={catalogue.state.error} onRetry={catalogue.reload} />
      )}
      {catalogue.state.status === 'loaded' && (
        <RoleNamesForm teamId={teamId} catalogue={catalogue.state.data} />
      )}
    </>
  );
}

function RoleNamesForm({ teamId, catalogue }: { teamId: string; catalogue: RoleCatalogue }) {
  const { t, i18n } = useTranslation(TEAM_STRUCTURE_NAMESPACE);
  const { t: tShared } = useTranslation();
  const [names, setNames] = useState<Record<string, string>>(() => ({ ...catalogue.localNames }));
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [failure, setFailure] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const [busy, setBusy] = useState(false);

  // The catalogue is fetched again in another language; the names being edited stay.
  const localNames = catalogue.localNames;
  useEffect(() => {
    setNames((previous) => ({ ...localNames, ...previous }));
  }, [localNames]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    setSaved(undefined);
    setErrors({});
    const roleNames = Object.fromEntries(
      Object.entries(names)
        .map(([roleKey, name]) => [roleKey, name.trim()] as const)
        .filter(([roleKey, name]) => name !== '' && catalogue.role(roleKey)),
    );
    try {
      const answer = await putJson<{ roleNames: Record<string, string> }>(roleNamesPath(teamId), {
        roleNames,
      });
      setNames(answer.roleNames);
      setSaved(t('roleNames.saved'));
    } catch (error) {
      setErrors(fieldErrorsOf(error, t));
      setFailure(errorMessage(error, tShared, i18n.language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card>
      <form className="form-card" onSubmit={(event) => void submit(event)} noValidate>
        {ROLE_KINDS.map((kind) => {
          const roles = catalogue.roles.filter((role) => role.kind === kind);
          if (roles.length === 0) return null;
          return (
            <fieldset key={kind} className="member-form-section">
              <legend>{t(`kinds.${kind}.title`)}</legend>
              <div className="role-names-list">
                {roles.map((role) => {
                  const error = errors[`roleNames.${role.key}`];
                  return (
                    <InputField
                      key={role.key}
                      name={`role-name-${role.key}`}
                      label={role.name}
                      placeholder={role.name}
                      helpText={role.description}
                      value={names[role.key] ?? ''}
                      onChange={({ value }) => {
                        setSaved(undefined);
                        setNames((previous) => ({ ...previous, [role.key]: value ?? '' }));
                      }}
                      error={Boolean(error)}
                      validationText={error}
                      autoComplete="off"
                    />
                  );
                })}
              </div>
            </fieldset>
          );
        })}
        <FormError message={failure} />
        <FormSuccess message={saved} />
        <div className="button-row">
          <Button type="submit" primary loading={busy} disabled={busy}>
            {t('roleNames.save')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
