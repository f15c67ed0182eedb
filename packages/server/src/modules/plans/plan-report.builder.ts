import {
  CORE_POSITION_KEYS,
  currencyDigits,
  DEFAULT_FRAMEWORK,
  DEFAULT_ROLES_CATALOGUE,
  NotFoundError,
  translateFramework,
  translateRole,
  type AssessmentMode,
  type PlanActivity,
  type RoundResults,
  type SupportedLanguage,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import type { Executor } from '../../db/transaction.js';
import { getMemberResults, getRoundResults } from '../assessment-results/results.service.js';
import { listMembers, listRoles, readRoleNames } from '../team-structure/team-structure.repository.js';
import { findTeam } from '../teams/teams.repository.js';
import { listFundingSources } from './funding-sources.repository.js';
import { accessPlan, requirePlanLead, type PlanCaller } from './plan-access.js';
import type { PlanReport, PlanReportActivity } from './plan-report.js';
import { listActivities, listRevisions, listRoundsWithSubmittedAssessments } from './plans.repository.js';
import { budgetOf } from './plans.service.js';
import { termsOfReferenceOf } from './terms-of-reference.service.js';

/** Whose view of the team the assessment summary shows, in order of preference. */
const POINT_OF_VIEW_PREFERENCE: readonly AssessmentMode[] = ['supervisor', 'external', 'self'];

const countryNames = new Map<SupportedLanguage, Intl.DisplayNames>();

/** "MZ" → "Mozambique", "Moçambique"… in the reader's language. */
function countryName(code: string, language: SupportedLanguage): string | null {
  if (!code) return null;
  try {
    let names = countryNames.get(language);
    if (!names) {
      names = new Intl.DisplayNames([language], { type: 'region' });
      countryNames.set(language, names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** `Capacity building plan 2026–2028` → `capacity-building-plan-2026-2028.pdf`: safe in a header. */
export function planFileName(report: Pick<PlanReport, 'plan'>, extension: 'pdf' | 'xlsx'): string {
  const slug = report.plan.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || `plan-${report.plan.startYear}-${report.plan.endYear}`}.${extension}`;
}

/** Team means per area of one round, from the team's aggregate figures (small groups hidden). */
function areaMeans(results: RoundResults): Map<string, string | null> {
  const means = new Map<string, string | null>();
  const pointOfView = POINT_OF_VIEW_PREFERENCE.map((mode) =>
    results.team.find((candidate) => candidate.assessedBy === mode && candidate.assessmentCount > 0),
  ).find((candidate) => candidate !== undefined);
  for (const area of pointOfView?.areas ?? []) {
    means.set(area.areaKey, area.suppressed || area.mean === null ? null : area.mean.toFixed(2));
  }
  return means;
}

async function assessmentSummaryOf(
  context: AppContext,
  teamId: string,
  categoryNames: Map<string, string>,
  language: SupportedLanguage,
): Promise<PlanReport['assessmentSummary']> {
  const rounds = await listRoundsWithSubmittedAssessments(context.database.db, teamId);
  const baselineRound = rounds[0];
  const latestRound = rounds.at(-1);
  if (!baselineRound || !latestRound) return { baseline: null, latest: null, areas: [] };
  const latest = await getRoundResults(context, {
    teamId,
    roundId: latestRound.id,
    individual: false,
    language,
  });
  const baseline =
    baselineRound.id === latestRound.id
      ? latest
      : await getRoundResults(context, { teamId, roundId: baselineRound.id, individual: false, language });
  for (const results of [baseline, latest]) rememberCategoryNames(categoryNames, results.framework);
  const latestMeans = areaMeans(latest);
  const baselineMeans = areaMeans(baseline);
  const areas = [...latest.framework.areas];
  for (const area of baseline.framework.areas) {
    if (!areas.some((known) => known.key === area.key)) areas.push(area);
  }
  return {
    baseline: { roundName: baselineRound.name, closesOn: baselineRound.closesOn },
    latest: { roundName: latestRound.name, closesOn: latestRound.closesOn },
    areas: areas
      .map((area) => ({
        areaName: area.name,
        baseline: baselineMeans.get(area.key) ?? null,
        latest: latestMeans.get(area.key) ?? null,
      }))
      .filter((area) => area.baseline !== null || area.latest !== null),
  };
}

function rememberCategoryNames(
  names: Map<string, string>,
  framework: { areas: readonly { categories: readonly { key: string; name: string }[] }[] },
): void {
  for (const area of framework.areas) {
    for (const category of area.categories) {
      if (!names.has(category.key)) names.set(category.key, category.name);
    }
  }
}

/** A member's priority gaps as category names, from the latest round they were assessed in. */
async function priorityGapNames(
  context: AppContext,
  teamId: string,
  memberId: string,
  caller: PlanCaller,
  categoryNames: Map<string, string>,
  language: SupportedLanguage,
): Promise<string[]> {
  try {
    const results = await getMemberResults(context, {
      teamId,
      memberId,
      reader: { userId: caller.userId, isLead: true },
      language,
    });
    rememberCategoryNames(categoryNames, results.framework);
    return results.gaps.map((gap) => categoryNames.get(gap.categoryKey) ?? gap.categoryKey);
  } catch (error) {
    // Never assessed yet: no gaps to show.
    if (error instanceof NotFoundError) return [];
    throw error;
  }
}

/**
 * Everything the plan document and the budget workbook show, gathered once (leads and system
 * admins only): the same budget as `GET /api/plans/{planId}/budget` with visibility `full`. Seeded
 * text (framework names, role names, default terms of reference, the country) is in `language`;
 * what a team wrote or renamed stays as written.
 */
export async function buildPlanReport(
  context: AppContext,
  planId: string,
  caller: PlanCaller,
  language: SupportedLanguage = 'en',
): Promise<PlanReport> {
  const db: Executor = context.database.db;
  const access = await accessPlan(db, planId, caller);
  requirePlanLead(access);
  const { plan } = access;
  const team = await findTeam(db, plan.teamId);
  if (!team) throw new Error(`plan ${plan.id} refers to a missing team`);

  const [members, roles, roleNames, sources, activities, revisions, tors] = await Promise.all([
    listMembers(db, plan.teamId),
    listRoles(db),
    readRoleNames(db, plan.teamId),
    listFundingSources(db, plan.teamId),
    listActivities(db, { planIds: [plan.id] }),
    listRevisions(db, plan.id),
    termsOfReferenceOf(db, plan.teamId, language),
  ]);
  const catalogueName = (key: string) => {
    const role = roles.find((candidate) => candidate.key === key);
    return role ? translateRole(role, language, DEFAULT_ROLES_CATALOGUE).name : undefined;
  };
  // The team's own name for a role first (as written), then the catalogue's in the reader's language.
  const roleName = (key: string) => roleNames[key] ?? catalogueName(key) ?? key;

  const categoryNames = new Map<string, string>();
  const assessmentSummary = await assessmentSummaryOf(context, plan.teamId, categoryNames, language);
  const gapsByMember = new Map<string, string[]>();
  for (const member of members) {
    gapsByMember.set(
      member.id,
      await priorityGapNames(context, plan.teamId, member.id, caller, categoryNames, language),
    );
  }
  rememberCategoryNames(categoryNames, translateFramework(DEFAULT_FRAMEWORK, language));

  const memberNames = new Map(members.map((member) => [member.id, member.name]));
  const sourceNames = new Map(sources.map((source) => [source.id, source.name]));
  const reportActivities = activities.map((activity: PlanActivity): PlanReportActivity => ({
    id: activity.id,
    title: activity.title,
    type: activity.type,
    provider: activity.provider,
    timing: activity.timing,
    year: activity.year,
    status: activity.status,
    outcomeNote: activity.outcomeNote,
    memberNames: activity.memberIds.map((id) => memberNames.get(id) ?? ''),
    gapCategoryNames: activity.gapCategoryKeys.map((key) => categoryNames.get(key) ?? key),
    costLines: activity.costLines.map((line) => ({
      kind: line.kind,
      description: line.description,
      quantity: line.quantity,
      unitCostMinor: line.unitCostMinor,
      currency: line.currency,
      currencyDigits: currencyDigits(line.currency),
      totalMinor: line.totalMinor,
      baseTotalMinor: line.baseTotalMinor,
    })),
    fundingShares: activity.fundingShares.map((share) => ({
      fundingSourceName: sourceNames.get(share.fundingSourceId) ?? '',
      amountMinor: share.amountMinor,
      status: share.status,
    })),
    totalMinor: activity.totalMinor,
    uncoveredMinor: activity.uncoveredMinor,
  }));

  const heldRoles = roles.filter(
    (role) =>
      (CORE_POSITION_KEYS as readonly string[]).includes(role.key) ||
      members.some((member) => member.assignments.some((assignment) => assignment.roleKey === role.key)),
  );
  const latestRevision = revisions.at(-1);

  return {
    language,
    generatedAt: context.clock.now().toISOString(),
    team: { id: team.id, name: team.name, country: countryName(team.countryCode, language) },
    plan: {
      id: plan.id,
      title: plan.title,
      startYear: plan.startYear,
      endYear: plan.endYear,
      baseCurrency: plan.baseCurrency,
      baseCurrencyDigits: currencyDigits(plan.baseCurrency),
      summary: plan.summary,
      version: plan.version,
      exchangeRates: plan.exchangeRates,
      latestRevision: latestRevision
        ? { number: latestRevision.number, note: latestRevision.note, createdAt: latestRevision.createdAt }
        : null,
    },
    roles: heldRoles.map((role) => ({
      roleKey: role.key,
      roleName: roleName(role.key),
      people: members.flatMap((member) => {
        const assignment =
          member.assignments.find(
            (candidate) => candidate.roleKey === role.key && candidate.status === 'current',
          ) ??
          member.assignments.find(
            (candidate) => candidate.roleKey === role.key && candidate.status === 'envisioned',
          );
        return assignment
          ? [
              {
                memberId: member.id,
                name: member.name,
                status: assignment.status as 'current' | 'envisioned',
              },
            ]
          : [];
      }),
    })),
    assessmentSummary,
    members: members.map((member) => ({
      memberId: member.id,
      name: member.name,
      roleNames: [
        ...new Set(
          member.assignments
            .filter((assignment) => assignment.status === 'current' || assignment.status === 'envisioned')
            .map((assignment) => roleName(assignment.roleKey)),
        ),
      ],
      priorityGaps: gapsByMember.get(member.id) ?? [],
      activities: reportActivities.filter((_activity, index) =>
        activities[index]!.memberIds.includes(member.id),
      ),
    })),
    activities: reportActivities,
    fundingSources: sources.map((source) => ({ id: source.id, name: source.name, kind: source.kind })),
    budget: await budgetOf(db, plan, { visibility: 'full', activities }),
    termsOfReference: tors.filter((tor) => (CORE_POSITION_KEYS as readonly string[]).includes(tor.roleKey)),
  };
}
