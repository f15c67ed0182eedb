import { Button } from '@dhis2-ui/button';
import { Card } from '@dhis2-ui/card';
import { Tag } from '@dhis2-ui/tag';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import type { Team } from '@coreteam/core';
import { useApiResource } from '../../shared/api/use-api-resource.js';
import { countryName, currencyName } from '../../shared/format/intl.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { useCurrentTeam } from '../../shared/session/current-team.js';
import { useMe, useSession } from '../../shared/session/session-context.js';
import { FormSuccess } from '../../shared/ui/form-error.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { roleName } from './role-names.js';
import { TeamDetailsForm } from './team-details-form.js';

/**
 * The team's details and the reader's own roles. It lists no members, for anyone: a viewer
 * (a funder, a governance body) must never see individuals, and leads manage people on the
 * access page.
 */
export default function TeamPage() {
  const { teamId } = useParams<{ teamId: string }>();
  const { t, i18n } = useTranslation();
  const me = useMe();
  const session = useSession();
  const current = useCurrentTeam();
  const team = useApiResource<Team>(`/api/teams/${encodeURIComponent(teamId)}`);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string>();
  const language = i18n.language;
  const roles = current?.id === teamId ? current.roles : [];
  const canManage = current?.id === teamId && current.canManage;

  if (team.state.status === 'loading') return <PageLoading />;
  if (team.state.status === 'failed') {
    return (
      <>
        <h1 className="page-title">{t('team.title')}</h1>
        <LoadFailure error={team.state.error} onRetry={team.reload} />
      </>
    );
  }
  const details = team.state.data;

  return (
    <>
      <h1 className="page-title">{details.name}</h1>
      <FormSuccess message={saved} />
      <div className="page-sections">
        <section aria-labelledby="team-details">
          <div className="section-heading">
            <h2 id="team-details" className="section-title">
              {t('team.detailsTitle')}
            </h2>
            {canManage && !editing && (
              <Button
                small
                onClick={() => {
                  setSaved(undefined);
                  setEditing(true);
                }}
              >
                {t('team.edit')}
              </Button>
            )}
          </div>
          <Card>
            {editing ? (
              <TeamDetailsForm
                team={details}
                onCancel={() => setEditing(false)}
                onConflict={(latest) => team.replace(latest)}
                onSaved={(updated) => {
                  team.replace(updated);
                  setEditing(false);
                  setSaved(t('team.saved'));
                  void session.refresh();
                }}
              />
            ) : (
              <dl className="facts facts--card" data-testid="team-facts">
                <dt>{t('team.country')}</dt>
                <dd>{countryName(details.countryCode, language)}</dd>
                <dt>{t('team.baseCurrency')}</dt>
                <dd>
                  {currencyName(details.baseCurrency, language)} ({details.baseCurrency})
                </dd>
                <dt>{t('team.description')}</dt>
                <dd className="pre-line">{details.description || t('team.noDescription')}</dd>
              </dl>
            )}
          </Card>
          {canManage && (
            <p className="team-export">
              <a href={`/api/teams/${encodeURIComponent(teamId)}/export`} download>
                {t('team.export')}
              </a>{' '}
              <span className="muted">{t('team.exportNote')}</span>
            </p>
          )}
        </section>

        <section aria-labelledby="team-my-roles">
          <h2 id="team-my-roles" className="section-title">
            {t('team.myRolesTitle')}
          </h2>
          <Card>
            <div className="card-body">
              {roles.length > 0 ? (
                <ul className="tag-list" aria-label={t('team.myRolesTitle')}>
                  {roles.map((role) => (
                    <li key={role}>
                      <Tag neutral>{roleName(role, t)}</Tag>
                    </li>
                  ))}
                </ul>
              ) : (
                <p>{me.user.systemAdmin ? t('team.adminWithoutRole') : t('team.noRole')}</p>
              )}
              {roles.includes('viewer') && !canManage && <p className="muted">{t('team.viewerNote')}</p>}
            </div>
          </Card>
        </section>

        {(roles.length > 0 || canManage) && (
          <section aria-labelledby="team-assessment">
            <h2 id="team-assessment" className="section-title">
              {t('team.assessmentTitle')}
            </h2>
            <ul className="link-list">
              <li>
                <Link href={`/teams/${encodeURIComponent(teamId)}/rounds`}>{t('team.roundsLink')}</Link>
                <span className="muted"> — {t('team.roundsLinkText')}</span>
              </li>
              <li>
                <Link href={`/teams/${encodeURIComponent(teamId)}/frameworks`}>
                  {t('team.frameworksLink')}
                </Link>
                <span className="muted"> — {t('team.frameworksLinkText')}</span>
              </li>
              <li>
                <Link href={`/teams/${encodeURIComponent(teamId)}/dashboard`}>{t('team.dashboardLink')}</Link>
                <span className="muted"> — {t('team.dashboardLinkText')}</span>
              </li>
            </ul>
          </section>
        )}

        {canManage && (
          <section aria-labelledby="team-manage">
            <h2 id="team-manage" className="section-title">
              {t('team.manageTitle')}
            </h2>
            <ul className="link-list">
              <li>
                <Link href={`/teams/${encodeURIComponent(teamId)}/access`}>{t('navigation.teamAccess')}</Link>
                <span className="muted"> — {t('team.accessLinkText')}</span>
              </li>
              <li>
                <Link href={`/teams/${encodeURIComponent(teamId)}/audit`}>{t('navigation.teamAudit')}</Link>
                <span className="muted"> — {t('team.auditLinkText')}</span>
              </li>
            </ul>
          </section>
        )}
      </div>
    </>
  );
}
