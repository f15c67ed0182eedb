import {
  activityProgress,
  aggregateTeamFromSheets,
  analyseTeamStructure,
  anonymousFindings,
  areaFigures,
  compareTeamsFromSheets,
  planToReport,
  roleHolderCounts,
  rolesFilledByKind,
  teamAggregatesForViewer,
  teamComparisonForViewer,
  translateFramework,
  type DashboardRound,
  type SupportedLanguage,
  type Team,
  type TeamDashboard,
  type TeamOverviewRow,
  type TeamsOverview,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { inReadTransaction, type Executor } from '../../db/transaction.js';
import { teamNotFound } from '../../http/route-access.js';
import { loadSubmitted } from '../assessment-results/results.service.js';
import {
  countRoundProgress,
  listRounds,
  roundStatusOn,
  utcDateOf,
  type StoredRound,
} from '../assessments/rounds.repository.js';
import { budgetOf } from '../plans/plans.service.js';
import { listActivities, listPlansOfTeam } from '../plans/plans.repository.js';
import { listMembers, listRoles } from '../team-structure/team-structure.repository.js';
import { findTeam, listAllTeams } from '../teams/teams.repository.js';

/*
 * The governance dashboard composes what the other modules already compute (the structure check,
 * the viewer's suppressed results, the plan's budget) in one read transaction, so its figures are
 * of one moment. It is the same for every reader, leads included: aggregates only.
 */

interface DashboardOptions {
  today: string;
  language: SupportedLanguage;
  /** The per-area averages: the costly part, which the overview of all teams does not need. */
  withAreas: boolean;
}

const roundOf = (round: StoredRound, today: string): DashboardRound => ({
  id: round.id,
  name: round.name,
  opensOn: round.opensOn,
  closesOn: round.closesOn,
  status: roundStatusOn(round, today),
});

async function structureOf(db: Executor, teamId: string, today: string) {
  const [roles, members] = [await listRoles(db), await listMembers(db, teamId)];
  const structure = analyseTeamStructure({ roles, members, today });
  return {
    rolesFilled: rolesFilledByKind(structure.coverage),
    roles: roleHolderCounts(structure.coverage),
    findings: anonymousFindings(structure.findings),
  };
}

/**
 * The latest round that has opened (else the latest planned), its participation and, against the
 * team's first round, the team average per area.
 */
async function assessmentOf(
  db: Executor,
  teamId: string,
  options: DashboardOptions,
): Promise<TeamDashboard['assessment']> {
  const rounds = await listRounds(db, teamId); // latest to open first
  const latest = rounds.find((round) => round.opensOn <= options.today) ?? rounds[0];
  if (!latest) return null;
  const first = rounds.at(-1)!;
  const baseline = first.id === latest.id ? undefined : first;
  const progress = (await countRoundProgress(db, [latest.id])).get(latest.id)!;
  const participation = {
    planned: progress.assessments,
    submitted: progress.submitted,
    inProgress: progress.inProgress,
    notStarted: progress.notStarted,
  };
  const common = {
    latestRound: roundOf(latest, options.today),
    baselineRound: baseline ? roundOf(baseline, options.today) : null,
    participation,
  };
  if (!options.withAreas) return { ...common, pointsOfView: [] };

  const current = await loadSubmitted(db, latest);
  const { framework, targets } = current.version;
  const { team } = aggregateTeamFromSheets({ framework, assessments: current.sheets, targets });
  let sinceBaseline = null;
  if (baseline) {
    const before = await loadSubmitted(db, baseline);
    const comparison = compareTeamsFromSheets({
      baseline: { framework: before.version.framework, assessments: before.sheets },
      current: { framework, assessments: current.sheets },
    });
    sinceBaseline = teamComparisonForViewer({ team: comparison.team });
  }
  const translated = translateFramework(framework, options.language);
  return {
    ...common,
    pointsOfView: areaFigures({
      latest: teamAggregatesForViewer({ team }),
      sinceBaseline,
      areaNames: new Map(translated.areas.map((area) => [area.key, area.name])),
    }),
  };
}

/** The plan covering this year (else the latest): activity progress and budget, totals only. */
async function planOf(db: Executor, teamId: string, today: string): Promise<TeamDashboard['plan']> {
  const plan = planToReport(await listPlansOfTeam(db, teamId), Number(today.slice(0, 4)));
  if (!plan) return null;
  const activities = await listActivities(db, { planIds: [plan.id] });
  const { progress, byYear } = activityProgress({
    startYear: plan.startYear,
    endYear: plan.endYear,
    activities,
  });
  // Totals visibility: no line per member is even worked out.
  const budget = await budgetOf(db, plan, { visibility: 'totals', activities });
  return {
    id: plan.id,
    title: plan.title,
    startYear: plan.startYear,
    endYear: plan.endYear,
    baseCurrency: plan.baseCurrency,
    progress,
    progressByYear: byYear,
    budget: { ...budget.totals },
    budgetByYear: budget.byYear.map((line) => ({
      year: line.year,
      totalMinor: line.totalMinor,
      securedMinor: line.securedMinor,
      pledgedMinor: line.pledgedMinor,
      unfundedMinor: line.unfundedMinor,
    })),
  };
}

async function dashboardOf(
  db: Executor,
  team: Team,
  options: DashboardOptions,
  generatedAt: string,
): Promise<TeamDashboard> {
  return {
    team: { id: team.id, name: team.name, countryCode: team.countryCode, baseCurrency: team.baseCurrency },
    asOf: options.today,
    generatedAt,
    structure: await structureOf(db, team.id, options.today),
    assessment: await assessmentOf(db, team.id, options),
    plan: await planOf(db, team.id, options.today),
  };
}

export async function getTeamDashboard(
  context: AppContext,
  teamId: string,
  language: SupportedLanguage,
): Promise<TeamDashboard> {
  const now = context.clock.now();
  return inReadTransaction(context.database, async (db) => {
    const team = await findTeam(db, teamId);
    if (!team) throw teamNotFound();
    return dashboardOf(db, team, { today: utcDateOf(now), language, withAreas: true }, now.toISOString());
  });
}

function overviewRow(dashboard: TeamDashboard): TeamOverviewRow {
  const core = dashboard.structure.rolesFilled.find((line) => line.kind === 'core');
  const { assessment, plan } = dashboard;
  const year = Number(dashboard.asOf.slice(0, 4));
  const thisYear = plan?.budgetByYear.find((line) => line.year === year);
  return {
    teamId: dashboard.team.id,
    name: dashboard.team.name,
    countryCode: dashboard.team.countryCode,
    baseCurrency: dashboard.team.baseCurrency,
    coreRolesFilled: core?.filled ?? 0,
    coreRolesTotal: core?.total ?? 0,
    openFindings: dashboard.structure.findings.length,
    criticalFindings: dashboard.structure.findings.filter((finding) => finding.severity === 'critical')
      .length,
    latestRound: assessment
      ? {
          ...assessment.latestRound,
          planned: assessment.participation.planned,
          submitted: assessment.participation.submitted,
        }
      : null,
    plan: plan
      ? { id: plan.id, title: plan.title, completionPercent: plan.progress.completionPercent }
      : null,
    budgetThisYear:
      plan && thisYear
        ? {
            year,
            currency: plan.baseCurrency,
            totalMinor: thisYear.totalMinor,
            securedMinor: thisYear.securedMinor,
            pledgedMinor: thisYear.pledgedMinor,
            unfundedMinor: thisYear.unfundedMinor,
          }
        : null,
  };
}

/** One line per team of the deployment, for its system administrators. */
export async function getTeamsOverview(
  context: AppContext,
  language: SupportedLanguage,
): Promise<TeamsOverview> {
  const now = context.clock.now();
  const options = { today: utcDateOf(now), language, withAreas: false };
  return inReadTransaction(context.database, async (db) => {
    const teams = await listAllTeams(db);
    const rows: TeamOverviewRow[] = [];
    for (const team of teams) rows.push(overviewRow(await dashboardOf(db, team, options, now.toISOString())));
    return { asOf: options.today, teams: rows };
  });
}
