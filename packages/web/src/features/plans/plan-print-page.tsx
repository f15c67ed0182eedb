import { PLANS_NAMESPACE } from './i18n.js';
import './plans.css';
import { Button } from '@dhis2-ui/button';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import type {
  FundingSource,
  PlanActivity,
  PlanBudget,
  PlanDetail,
  TeamMember,
  TermsOfReference,
} from '@coreteam/core';
import { formatDate } from '../../shared/format/intl.js';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { useCurrentTeam } from '../../shared/session/current-team.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { useRoleCatalogue } from '../team-structure/role-catalogue.js';
import { categoryNames, useMemberGaps, type MemberGapsState } from './member-gaps.js';
import { formatMoney } from './money.js';
import { BudgetTables } from './plan-budget.js';
import { PlanHeadline } from './plan-headline.js';
import { api, pages } from './plan-paths.js';
import { useApiResource, useOptionalResource, usePlanAccess } from './plan-resources.js';
import { TermsOfReferenceText } from './terms-of-reference-page.js';
import {
  activityStatusLabel,
  activityTypeLabel,
  fundingStatusLabel,
  periodLabel,
  timingLabel,
} from './wording.js';

type ActivityList = { visibility: 'all' | 'own'; activities: PlanActivity[] };

/** /teams/:teamId/plans/:planId/print — the plan document as a page to print (same content as the PDF). */
export default function PlanPrintPage() {
  const { teamId, planId } = useParams<{ teamId: string; planId: string }>();
  const { t } = useTranslation(PLANS_NAMESPACE);
  const access = usePlanAccess(teamId);
  const plan = useApiResource<PlanDetail>(api.plan(planId));
  const budget = useApiResource<PlanBudget>(api.budget(planId));
  const tors = useApiResource<{ termsOfReference: TermsOfReference[] }>(api.tors(teamId));
  const sources = useApiResource<{ fundingSources: FundingSource[] }>(api.fundingSources(teamId));
  const activities = useOptionalResource<ActivityList>(
    access.canSeeActivities ? api.activities(planId) : null,
  );
  const members = useOptionalResource<{ members: TeamMember[] }>(
    access.canSeeMembers ? api.members(teamId) : null,
  );

  const states: Array<{ status: string; error?: unknown }> = [
    plan.state,
    budget.state,
    tors.state,
    sources.state,
  ];
  if (access.canSeeActivities) states.push(activities.state, members.state);
  const failed = states.find((state) => state.status === 'failed');
  const retry = () => {
    plan.reload();
    budget.reload();
    tors.reload();
    sources.reload();
    activities.reload();
    members.reload();
  };

  return (
    <div className="plan-print">
      <div className="plan-print__tools no-print">
        {plan.state.status === 'loaded' && <Link href={pages.plan(teamId, planId)}>{t('print.back')}</Link>}
        <Button primary onClick={() => window.print()}>
          {t('print.print')}
        </Button>
      </div>
      {failed ? (
        <>
          <h1 className="page-title">{t('plan.titleLoading')}</h1>
          <LoadFailure error={failed.error} onRetry={retry} />
        </>
      ) : plan.state.status === 'loaded' &&
        budget.state.status === 'loaded' &&
        tors.state.status === 'loaded' &&
        sources.state.status === 'loaded' &&
        (!access.canSeeActivities ||
          (activities.state.status === 'loaded' && members.state.status === 'loaded')) ? (
        <PlanDocument
          teamId={teamId}
          plan={plan.state.data}
          budget={budget.state.data}
          tors={tors.state.data.termsOfReference}
          fundingSources={sources.state.data.fundingSources}
          activities={activities.state.status === 'loaded' ? activities.state.data.activities : undefined}
          members={members.state.status === 'loaded' ? members.state.data.members : []}
          withGaps={access.canSeeResults}
        />
      ) : (
        <>
          <h1 className="page-title">{t('plan.titleLoading')}</h1>
          <PageLoading />
        </>
      )}
    </div>
  );
}

function PlanDocument({
  teamId,
  plan,
  budget,
  tors,
  fundingSources,
  activities,
  members,
  withGaps,
}: {
  teamId: string;
  plan: PlanDetail;
  budget: PlanBudget;
  tors: TermsOfReference[];
  fundingSources: FundingSource[];
  /** Undefined for viewers, who see totals only. */
  activities: PlanActivity[] | undefined;
  members: TeamMember[];
  withGaps: boolean;
}) {
  const { t, i18n } = useTranslation(PLANS_NAMESPACE);
  const language = i18n.language;
  const team = useCurrentTeam();
  const roles = useRoleCatalogue(teamId);
  const roleName = (roleKey: string) =>
    roles.state.status === 'loaded' ? roles.state.data.name(roleKey) : roleKey;
  const memberIds = useMemo(() => members.map((member) => member.id), [members]);
  const gaps = useMemberGaps(teamId, withGaps ? memberIds : []);
  const names = categoryNames(gaps);
  const money = (minor: number) => formatMoney(minor, plan.baseCurrency, language);
  const sourceName = (id: string) => fundingSources.find((source) => source.id === id)?.name ?? id;

  const roleHolders = useMemo(() => {
    const byRole = new Map<string, Array<{ name: string; status: string }>>();
    for (const member of members) {
      for (const assignment of member.assignments) {
        if (assignment.status !== 'current' && assignment.status !== 'envisioned') continue;
        const holders = byRole.get(assignment.roleKey) ?? [];
        holders.push({ name: member.name, status: assignment.status });
        byRole.set(assignment.roleKey, holders);
      }
    }
    return [...byRole.entries()];
  }, [members]);

  const activityGroups = activities
    ? [
        ...members
          .map((member) => ({
            key: member.id,
            name: member.name,
            gaps: gaps[member.id],
            activities: activities.filter((activity) => activity.memberIds.includes(member.id)),
          }))
          .filter((group) => group.activities.length > 0 || (withGaps && group.gaps?.status === 'loaded')),
        {
          key: 'team',
          name: t('board.wholeTeam'),
          gaps: undefined,
          activities: activities.filter((activity) => activity.memberIds.length === 0),
        },
      ].filter((group) => group.activities.length > 0 || group.key !== 'team')
    : [];

  return (
    <article className="plan-document">
      <header className="plan-document__header">
        <p className="plan-document__team">{team?.id === teamId ? team.name : ''}</p>
        <h1 className="page-title">{plan.title}</h1>
        <p className="page-lead">
          {t('print.facts', {
            period: periodLabel(plan),
            currency: plan.baseCurrency,
            date: formatDate(new Date().toISOString(), language),
          })}
        </p>
        {plan.revisions.length > 0 && (
          <p className="muted">
            {t('print.latestRevision', {
              number: Math.max(...plan.revisions.map((revision) => revision.number)),
            })}
          </p>
        )}
      </header>
      {plan.summary && <p className="pre-line plan-document__summary">{plan.summary}</p>}

      <section aria-labelledby="doc-funding">
        <h2 id="doc-funding" className="section-title">
          {t('print.fundingTitle')}
        </h2>
        <PlanHeadline totals={plan.totals} currency={plan.baseCurrency} />
      </section>

      {members.length > 0 && (
        <section aria-labelledby="doc-team">
          <h2 id="doc-team" className="section-title">
            {t('print.teamTitle')}
          </h2>
          <table className="print-table">
            <caption className="table-caption">{t('print.teamCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('print.role')}</th>
                <th scope="col">{t('print.people')}</th>
              </tr>
            </thead>
            <tbody>
              {roleHolders.map(([roleKey, holders]) => (
                <tr key={roleKey}>
                  <th scope="row">{roleName(roleKey)}</th>
                  <td>
                    {holders
                      .map((holder) =>
                        holder.status === 'envisioned'
                          ? t('print.envisioned', { name: holder.name })
                          : holder.name,
                      )
                      .join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {activities && (
        <section aria-labelledby="doc-activities">
          <h2 id="doc-activities" className="section-title">
            {t('print.activitiesTitle')}
          </h2>
          {activityGroups.map((group) => (
            <div key={group.key} className="plan-document__member">
              <h3 className="subsection-title">{group.name}</h3>
              <PrintGaps state={group.gaps} />
              {group.activities.length === 0 ? (
                <p className="muted">{t('board.noActivities')}</p>
              ) : (
                <table className="print-table">
                  <caption className="table-caption">
                    {t('print.activitiesCaption', { name: group.name })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('print.activity')}</th>
                      <th scope="col">{t('print.when')}</th>
                      <th scope="col">{t('print.status')}</th>
                      <th scope="col">{t('print.funding')}</th>
                      <th scope="col" className="number">
                        {t('print.cost')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {group.activities.map((activity) => (
                      <tr key={activity.id}>
                        <td>
                          <strong>{activity.title}</strong>
                          <br />
                          {activityTypeLabel(activity.type, t)}
                          {activity.provider && ` · ${activity.provider}`}
                          {activity.gapCategoryKeys.length > 0 && (
                            <>
                              <br />
                              {t('board.addresses', {
                                categories: activity.gapCategoryKeys
                                  .map((key) => names.get(key) ?? key)
                                  .join(', '),
                              })}
                            </>
                          )}
                          {activity.outcomeNote && (
                            <>
                              <br />
                              <em>{activity.outcomeNote}</em>
                            </>
                          )}
                        </td>
                        <td>{timingLabel(activity.timing, t, language)}</td>
                        <td>{activityStatusLabel(activity.status, t)}</td>
                        <td>
                          {activity.fundingShares.map((share) => (
                            <span key={share.id} className="print-share">
                              {t('print.share', {
                                source: sourceName(share.fundingSourceId),
                                amount: money(share.amountMinor),
                                status: fundingStatusLabel(share.status, t),
                              })}
                            </span>
                          ))}
                          {activity.uncoveredMinor > 0 && (
                            <span className="print-share">
                              {t('board.uncovered', { amount: money(activity.uncoveredMinor) })}
                            </span>
                          )}
                        </td>
                        <td className="number">{money(activity.totalMinor)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          ))}
        </section>
      )}

      <section aria-labelledby="doc-budget">
        <h2 id="doc-budget" className="section-title">
          {t('print.budgetTitle')}
        </h2>
        <BudgetTables budget={budget} roleName={roleName} headingLevel="h3" />
        {plan.exchangeRates.length > 0 && (
          <>
            <h3 className="subsection-title">{t('rates.title')}</h3>
            <ul className="link-list">
              {plan.exchangeRates.map((rate) => (
                <li key={`${rate.currency}-${rate.effectiveOn}`}>
                  {t('print.rate', {
                    currency: rate.currency,
                    rate: rate.rate,
                    base: plan.baseCurrency,
                    date: formatDate(`${rate.effectiveOn}T12:00:00`, language),
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="doc-tors" className="plan-document__tors">
        <h2 id="doc-tors" className="section-title">
          {t('print.torTitle')}
        </h2>
        {tors.map((tor) => (
          <div key={tor.roleKey} className="plan-document__tor">
            <h3 className="subsection-title">{roleName(tor.roleKey)}</h3>
            <TermsOfReferenceText tor={tor} headingLevel="h4" />
          </div>
        ))}
      </section>
    </article>
  );
}

function PrintGaps({ state }: { state: MemberGapsState | undefined }) {
  const { t } = useTranslation(PLANS_NAMESPACE);
  if (state?.status !== 'loaded' || state.gaps.length === 0) return null;
  return (
    <p>
      {t('print.gaps', {
        round: state.roundName,
        categories: state.gaps.map((gap) => gap.categoryName).join(', '),
      })}
    </p>
  );
}
