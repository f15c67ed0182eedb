import { TEAM_STRUCTURE_NAMESPACE } from './i18n.js';
import './team-structure.css';
import { Card } from '@dhis2-ui/card';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import type { TeamStructureResponse } from '@coreteam/core';
import { useApiResource } from '../../shared/api/use-api-resource.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { useCurrentTeam } from '../../shared/session/current-team.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { CompetencyCoverageSection } from './competency-coverage.js';
import { FindingsSection } from './findings-section.js';
import { useRoleCatalogue, type RoleCatalogue } from './role-catalogue.js';
import { RoleCoverageBoard } from './role-coverage-board.js';
import { TeamPhaseField, TeamPhaseText } from './team-phase-field.js';
import { formatPercent, listOf } from './wording.js';

/**
 * The team read against the core team framework. Everyone in the team sees it; viewers (funders,
 * governance bodies) get counts where others get names, because the server leaves names out.
 */
export default function TeamStructurePage() {
  const { teamId } = useParams<{ teamId: string }>();
  const { t } = useTranslation(TEAM_STRUCTURE_NAMESPACE);
  const team = useCurrentTeam();
  const structure = useApiResource<TeamStructureResponse>(
    `/api/teams/${encodeURIComponent(teamId)}/structure`,
  );
  const catalogue = useRoleCatalogue(teamId);
  const inTeam = team?.id === teamId ? team : undefined;

  const memberNames = useMemo(() => {
    const names = new Map<string, string>();
    if (structure.state.status !== 'loaded') return names;
    for (const entry of structure.state.data.coverage) {
      for (const holder of entry.holders) {
        if (holder.memberId && holder.memberName !== undefined) names.set(holder.memberId, holder.memberName);
      }
    }
    return names;
  }, [structure.state]);

  const failed =
    structure.state.status === 'failed'
      ? structure.state
      : catalogue.state.status === 'failed'
        ? catalogue.state
        : undefined;

  return (
    <>
      <h1 className="page-title">{t('structure.title')}</h1>
      <p className="page-lead">{t('structure.lead')}</p>
      {failed && (
        <LoadFailure
          error={failed.error}
          onRetry={() => {
            structure.reload();
            catalogue.reload();
          }}
        />
      )}
      {!failed && (structure.state.status === 'loading' || catalogue.state.status === 'loading') && (
        <PageLoading />
      )}
      {structure.state.status === 'loaded' && catalogue.state.status === 'loaded' && (
        <>
          <NextPosition
            roleKey={structure.state.data.nextPositionToFill}
            catalogue={catalogue.state.data}
            rosterPath={inTeam?.canManage ? `/teams/${encodeURIComponent(teamId)}/members` : undefined}
          />
          <section aria-labelledby="structure-phase" className="page-section">
            <h2 id="structure-phase" className="section-title">
              {t('phaseSection.title')}
            </h2>
            <p className="section-lead">{t('phaseSection.lead')}</p>
            <Card>
              {inTeam?.canManage ? (
                <TeamPhaseField
                  teamId={teamId}
                  phase={structure.state.data.teamPhase}
                  onSaved={(phase) => {
                    if (structure.state.status === 'loaded') {
                      structure.replace({ ...structure.state.data, teamPhase: phase });
                    }
                  }}
                />
              ) : (
                <TeamPhaseText phase={structure.state.data.teamPhase} />
              )}
            </Card>
          </section>
          <FindingsSection
            findings={structure.state.data.findings}
            catalogue={catalogue.state.data}
            memberNames={memberNames}
          />
          <RoleCoverageBoard coverage={structure.state.data.coverage} catalogue={catalogue.state.data} />
          <CompetencyCoverageSection
            competencies={structure.state.data.competencyCoverage}
            memberNames={memberNames}
          />
          <TurnoverSection turnover={structure.state.data.turnover} />
        </>
      )}
    </>
  );
}

/** The one piece of advice that matters most while the team is being built. */
function NextPosition({
  roleKey,
  catalogue,
  rosterPath,
}: {
  roleKey: string | null;
  catalogue: RoleCatalogue;
  rosterPath: string | undefined;
}) {
  const { t, i18n } = useTranslation(TEAM_STRUCTURE_NAMESPACE);
  const role = roleKey ? catalogue.role(roleKey) : undefined;
  const order = catalogue.roles
    .filter((each) => each.kind === 'core' && each.buildOrder !== null)
    .sort((a, b) => (a.buildOrder ?? 0) - (b.buildOrder ?? 0))
    .map((each) => catalogue.name(each.key));
  return (
    <section
      aria-labelledby="next-position"
      className={roleKey ? 'next-position' : 'next-position next-position--done'}
      data-testid="next-position"
    >
      <h2 id="next-position" className="next-position__label">
        {t('nextPosition.title')}
      </h2>
      {roleKey ? (
        <>
          <p className="next-position__role" data-testid="next-position-role">
            {catalogue.name(roleKey)}
          </p>
          <p className="next-position__why">
            {role?.buildOrder
              ? t('nextPosition.inOrder', { step: role.buildOrder, order: listOf(order, i18n.language) })
              : t('nextPosition.outsideOrder')}
          </p>
        </>
      ) : (
        <p className="next-position__role" data-testid="next-position-role">
          {t('nextPosition.allFilled')}
        </p>
      )}
      {rosterPath && roleKey && (
        <p className="next-position__link">
          <Link href={rosterPath}>{t('nextPosition.toRoster')}</Link>
        </p>
      )}
    </section>
  );
}

function TurnoverSection({ turnover }: { turnover: TeamStructureResponse['turnover'] }) {
  const { t, i18n } = useTranslation(TEAM_STRUCTURE_NAMESPACE);
  return (
    <section aria-labelledby="structure-turnover" className="page-section">
      <h2 id="structure-turnover" className="section-title">
        {t('turnover.title')}
      </h2>
      <p className="section-lead">{t('turnover.lead')}</p>
      <Card>
        <dl className="facts facts--card" data-testid="turnover">
          <dt>{t('turnover.rate')}</dt>
          <dd>
            {turnover.rate === null ? t('turnover.noRate') : formatPercent(turnover.rate, i18n.language)}
          </dd>
          <dt>{t('turnover.departures')}</dt>
          <dd>{turnover.departures}</dd>
          <dt>{t('turnover.headcountAtStart')}</dt>
          <dd>{turnover.headcountAtStart}</dd>
        </dl>
      </Card>
    </section>
  );
}
