import { PLANS_NAMESPACE } from './i18n.js';
import './plans.css';
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@dhis2-ui/button';
import { Link, useLocation, useParams, useSearch } from 'wouter';
import type { FundingSource, PlanActivity, PlanBudget, PlanDetail, TeamMember } from '@coreteam/core';
import { PageLoading } from '../../shared/layout/page-loading.js';
import { LoadFailure } from '../../shared/ui/load-failure.js';
import { useRoleCatalogue } from '../team-structure/role-catalogue.js';
import { ActivityEditor } from './activity-editor.js';
import { ExchangeRates } from './exchange-rates.js';
import { categoryNames, useMemberGaps } from './member-gaps.js';
import { MemberBoard } from './member-board.js';
import { PlanBudgetView } from './plan-budget.js';
import { PlanHeadline } from './plan-headline.js';
import { api, pages } from './plan-paths.js';
import { useApiResource, useOptionalResource, usePlanAccess } from './plan-resources.js';
import { PlanRevisions } from './plan-revisions.js';
import { PlanTabs } from './plan-tabs.js';
import { PlanTimeline } from './plan-timeline.js';
import { periodLabel } from './wording.js';

/** Its own chunk: loaded when a lead opens it. */
const OptimiserDialog = lazy(() => import('../learning/optimiser-dialog.js'));

type Editing = { activity: PlanActivity } | { memberIds: string[] };

/** /teams/:teamId/plans/:planId — the plan: headline figures, board, timeline, budget, rates, revisions. */
export default function PlanPage() {
  const { teamId, planId } = useParams<{ teamId: string; planId: string }>();
  const { t } = useTranslation(PLANS_NAMESPACE);
  const access = usePlanAccess(teamId);
  const plan = useApiResource<PlanDetail>(api.plan(planId));
  const budget = useApiResource<PlanBudget>(api.budget(planId));
  const activities = useOptionalResource<{ visibility: 'all' | 'own'; activities: PlanActivity[] }>(
    access.canSeeActivities ? api.activities(planId) : null,
  );

  if (plan.state.status === 'loading') {
    return (
      <>
        <h1 className="page-title">{t('plan.titleLoading')}</h1>
        <PageLoading />
      </>
    );
  }
  if (plan.state.status === 'failed') {
    return (
      <>
        <h1 className="page-title">{t('plan.titleLoading')}</h1>
        <LoadFailure error={plan.state.error} onRetry={plan.reload} />
      </>
    );
  }

  const reloadAll = () => {
    plan.reload();
    budget.reload();
    activities.reload();
  };

  return (
    <PlanView
      teamId={teamId}
      plan={plan.state.data}
      onPlanChanged={(updated) => {
        plan.replace(updated);
        budget.reload();
        activities.reload();
      }}
      reloadAll={reloadAll}
      budget={budget.state}
      reloadBudget={budget.reload}
      activities={activities.state}
      reloadActivities={activities.reload}
    />
  );
}

function PlanView({
  teamId,
  plan,
  onPlanChanged,
  reloadAll,
  budget,
  reloadBudget,
  activities,
  reloadActivities,
}: {
  teamId: string;
  plan: PlanDetail;
  onPlanChanged: (plan: PlanDetail) => void;
  reloadAll: () => void;
  budget: ReturnType<typeof useApiResource<PlanBudget>>['state'];
  reloadBudget: () => void;
  activities: ReturnType<
    typeof useOptionalResource<{ visibility: 'all' | 'own'; activities: PlanActivity[] }>
  >['state'];
  reloadActivities: () => void;
}) {
  const { t } = useTranslation(PLANS_NAMESPACE);
  const access = usePlanAccess(teamId);
  const search = useSearch();
  const [, navigate] = useLocation();
  const members = useOptionalResource<{ members: TeamMember[] }>(
    access.canSeeMembers ? api.members(teamId) : null,
  );
  const fundingSources = useOptionalResource<{ fundingSources: FundingSource[] }>(
    access.canEdit ? api.fundingSources(teamId) : null,
  );
  const roles = useRoleCatalogue(teamId);
  const [editing, setEditing] = useState<Editing>();
  const [optimising, setOptimising] = useState(false);

  const roster = members.state.status === 'loaded' ? members.state.data.members : [];
  const rosterIds = useMemo(() => roster.map((member) => member.id), [roster]);
  // Leads pick gap categories from every member's gaps.
  const gaps = useMemberGaps(teamId, access.canSeeResults ? rosterIds : []);
  const names = categoryNames(gaps);
  const roleName = (roleKey: string) =>
    roles.state.status === 'loaded' ? roles.state.data.name(roleKey) : roleKey;

  const tabs = [
    ...(access.canSeeActivities
      ? [
          { key: 'board', label: t('tabs.board') },
          { key: 'timeline', label: t('tabs.timeline') },
        ]
      : []),
    { key: 'budget', label: t('tabs.budget') },
    { key: 'rates', label: t('tabs.rates') },
    { key: 'revisions', label: t('tabs.revisions') },
  ];
  const asked = new URLSearchParams(search).get('view');
  const view = tabs.some((tab) => tab.key === asked) ? asked! : tabs[0]!.key;
  const activityList = activities.status === 'loaded' ? activities.data.activities : [];

  const activitiesPanel = (content: ReactNode) => {
    if (activities.status === 'loading' || members.state.status === 'loading') return <PageLoading />;
    if (activities.status === 'failed')
      return <LoadFailure error={activities.error} onRetry={reloadActivities} />;
    if (members.state.status === 'failed')
      return <LoadFailure error={members.state.error} onRetry={members.reload} />;
    return content;
  };

  return (
    <>
      <p className="page-footer-link plan-back">
        <Link href={pages.plans(teamId)}>{t('plan.back')}</Link>
      </p>
      <h1 className="page-title">{plan.title}</h1>
      <p className="page-lead">
        {t('plan.facts', { period: periodLabel(plan), currency: plan.baseCurrency })}
      </p>
      {plan.summary && <p className="section-lead pre-line">{plan.summary}</p>}
      <div className="button-row plan-actions">
        <Link href={pages.print(teamId, plan.id)} className="plan-action-link">
          {t('plan.printView')}
        </Link>
        {access.canEdit && (
          <>
            <a href={api.document(plan.id)} download className="plan-action-link">
              {t('plan.downloadPdf')}
            </a>
            <a href={api.workbook(plan.id)} download className="plan-action-link">
              {t('plan.downloadXlsx')}
            </a>
            <Button small onClick={() => setOptimising(true)} dataTest="plan-optimise">
              {t('plan.optimise')}
            </Button>
          </>
        )}
      </div>

      <PlanHeadline totals={plan.totals} currency={plan.baseCurrency} />

      <PlanTabs
        label={t('tabs.label')}
        tabs={tabs}
        selected={view}
        onSelect={(key) => navigate(`${pages.plan(teamId, plan.id)}?view=${key}`, { replace: true })}
      >
        {view === 'board' &&
          activitiesPanel(
            <>
              <h2 className="section-title">{t('board.title')}</h2>
              <p className="section-lead">
                {activities.status === 'loaded' && activities.data.visibility === 'own'
                  ? t('board.leadOwn')
                  : t('board.lead')}
              </p>
              <MemberBoard
                activities={activityList}
                members={roster}
                currency={plan.baseCurrency}
                gaps={gaps}
                categoryName={(key) => names.get(key) ?? key}
                onAdd={access.canEdit ? (memberIds) => setEditing({ memberIds }) : undefined}
                onOpen={access.canEdit ? (activity) => setEditing({ activity }) : undefined}
              />
            </>,
          )}
        {view === 'timeline' &&
          activitiesPanel(
            <>
              <h2 className="section-title">{t('timeline.title')}</h2>
              <p className="section-lead">{t('timeline.lead')}</p>
              <PlanTimeline activities={activityList} startYear={plan.startYear} endYear={plan.endYear} />
            </>,
          )}
        {view === 'budget' &&
          (budget.status === 'loading' ? (
            <PageLoading />
          ) : budget.status === 'failed' ? (
            <LoadFailure error={budget.error} onRetry={reloadBudget} />
          ) : (
            <PlanBudgetView
              budget={budget.data}
              roleName={roleName}
              activityTitle={(id) => activityList.find((activity) => activity.id === id)?.title ?? id}
            />
          ))}
        {view === 'rates' && (
          <ExchangeRates key={plan.id} plan={plan} canEdit={access.canEdit} onSaved={onPlanChanged} />
        )}
        {view === 'revisions' && (
          <PlanRevisions plan={plan} canEdit={access.canEdit} onRecorded={reloadAll} />
        )}
      </PlanTabs>

      {editing && (
        <ActivityEditor
          teamId={teamId}
          plan={plan}
          activity={'activity' in editing ? editing.activity : undefined}
          initialMemberIds={'memberIds' in editing ? editing.memberIds : undefined}
          members={roster}
          gapsVisible={access.canSeeResults}
          fundingSources={
            fundingSources.state.status === 'loaded' ? fundingSources.state.data.fundingSources : []
          }
          onClose={() => setEditing(undefined)}
          onSaved={reloadAll}
        />
      )}
      {optimising && (
        <Suspense fallback={null}>
          <OptimiserDialog
            plan={plan}
            onClose={() => setOptimising(false)}
            onAccepted={() => {
              setOptimising(false);
              reloadAll();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
