import {
  aggregateTeamFromSheets,
  answerSheetOf,
  compareRoundsFromSheets,
  compareSelfWithAssessor,
  compareTeamsFromSheets,
  concernsAssignment,
  DEFAULT_RESULTS_MEMBER_LIMIT,
  InvalidInputError,
  NotFoundError,
  priorityGaps,
  ratingsOfAnswerSheet,
  readAnswerSheet,
  scoreAssessment,
  scoreRoundFromSheets,
  teamAggregatesForViewer,
  teamComparisonForViewer,
  type AnswerSheet,
  type AssessmentFramework,
  type ChangeCounts,
  type FrameworkOutline,
  type MemberResults,
  type Rating,
  type RoundResults,
  type SheetAssessment,
  type TeamAggregates,
  type TeamComparison,
  translateFramework,
  type SupportedLanguage,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import type { Executor } from '../../db/transaction.js';
import { forbidden } from '../../http/route-access.js';
import {
  findFrameworkVersion,
  type StoredFrameworkVersion,
} from '../frameworks/framework-versions.repository.js';
import {
  findLatestRoundOfMember,
  findTeamMember,
  findTeamRound,
  listAssessmentComments,
  listAssessmentRatings,
  listMemberAssignments,
  listRoleBuildOrders,
  listRoundAnswerSheets,
  listRoundAssessments,
  type ResultsRound,
  type RoundAssessment,
} from './results.repository.js';
import { buildRoundExport, type RoundExportFile, type RoundExportFormat } from './round-export.js';

/** Who asks for results, as far as what they may see depends on it. */
export interface ResultsReader {
  userId: string;
  /** Leads the team: sees every member's results. */
  isLead: boolean;
}

const roundNotFound = () => new NotFoundError('There is no such round in this team.', 'round_not_found');
const memberNotFound = () => new NotFoundError('There is no such member in this team.', 'member_not_found');
const EMPTY_RATINGS: Readonly<Record<string, Rating>> = Object.freeze(
  Object.create(null) as Record<string, Rating>,
);

// ---------------------------------------------------------------------------------------------
// Loading

const outlines = new WeakMap<AssessmentFramework, FrameworkOutline>();

/** The framework's labels without descriptions; a framework never changes, so kept per object. */
export function frameworkOutline(framework: AssessmentFramework): FrameworkOutline {
  const cached = outlines.get(framework);
  if (cached) return cached;
  const outline: FrameworkOutline = {
    areas: framework.areas.map((area) => ({
      key: area.key,
      name: area.name,
      roleKey: area.roleKey,
      categories: area.categories.map((category) => ({
        key: category.key,
        name: category.name,
        skills: category.skills.map((skill) => ({ key: skill.key, name: skill.name })),
      })),
    })),
  };
  outlines.set(framework, outline);
  return outline;
}

const roundRef = (round: ResultsRound) => ({
  id: round.id,
  name: round.name,
  opensOn: round.opensOn,
  closesOn: round.closesOn,
  frameworkVersionId: round.frameworkVersionId,
});

async function versionOf(db: Executor, round: ResultsRound): Promise<StoredFrameworkVersion> {
  const version = await findFrameworkVersion(db, round.frameworkVersionId);
  // The foreign key makes this impossible; say so plainly if it ever happens.
  if (!version) throw new Error(`round ${round.id} refers to a missing framework version`);
  return version;
}

export interface SubmittedRound {
  round: ResultsRound;
  version: StoredFrameworkVersion;
  assessments: RoundAssessment[];
  /** The same assessments as the domain core takes them, in the same order. */
  sheets: SheetAssessment[];
}

/**
 * A round's submitted assessments and their answers, as answer sheets: two queries whatever the
 * round's size. An assessment submitted without a sheet being stored (before sheets existed, or
 * written by other means than the submit route) is read from its answers instead.
 */
export async function loadSubmitted(db: Executor, round: ResultsRound): Promise<SubmittedRound> {
  const version = await versionOf(db, round);
  const { framework } = version;
  const assessments = await listRoundAssessments(db, round.id, { submittedOnly: true });
  const stored = await listRoundAnswerSheets(db, round.id, version.id);
  const sheets = new Map<string, AnswerSheet>();
  const missing: string[] = [];
  for (const assessment of assessments) {
    const text = stored.get(assessment.id);
    const sheet = text === undefined ? null : readAnswerSheet({ framework, text });
    if (sheet) sheets.set(assessment.id, sheet);
    else missing.push(assessment.id);
  }
  if (missing.length > 0) {
    const ratings = await listAssessmentRatings(db, missing);
    for (const id of missing) {
      sheets.set(id, answerSheetOf({ framework, ratings: ratings.get(id) ?? EMPTY_RATINGS }));
    }
  }
  return {
    round,
    version,
    assessments,
    sheets: assessments.map((assessment) => ({
      memberId: assessment.memberId,
      assessedBy: assessment.mode,
      sheet: sheets.get(assessment.id)!,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Round results

type TeamResult = RoundResults['team'][number];
type Comparison = NonNullable<RoundResults['comparison']>;

/** A lead's team figures: every value, never suppressed. */
function teamForLead(team: readonly TeamAggregates[]): TeamResult[] {
  return team.map((pointOfView) => ({
    assessedBy: pointOfView.assessedBy,
    assessmentCount: pointOfView.assessmentCount,
    areas: pointOfView.areas.map((area) => ({
      areaKey: area.areaKey,
      suppressed: false,
      memberCount: area.memberCount,
      mean: area.mean,
      min: area.min,
      max: area.max,
      categories: area.categories.map((category) => ({
        categoryKey: category.categoryKey,
        suppressed: false,
        memberCount: category.memberCount,
        mean: category.mean,
        min: category.min,
        max: category.max,
        target: category.target,
        atOrAboveTarget: category.atOrAboveTarget,
      })),
    })),
  }));
}

function teamComparisonForLead(team: readonly TeamComparison[]): Comparison['team'] {
  const change = (
    figure: TeamComparison['areas'][number] | TeamComparison['areas'][number]['categories'][number],
  ) => ({
    suppressed: false,
    memberCount: figure.memberCount,
    baselineMean: figure.baselineMean,
    currentMean: figure.currentMean,
    delta: figure.delta,
    improved: figure.improved,
    declined: figure.declined,
    unchanged: figure.unchanged,
  });
  return team.map((pointOfView) => ({
    assessedBy: pointOfView.assessedBy,
    areas: pointOfView.areas.map((area) => ({
      areaKey: area.areaKey,
      ...change(area),
      categories: area.categories.map((category) => ({
        categoryKey: category.categoryKey,
        ...change(category),
      })),
    })),
  }));
}

/**
 * What went up or down as a viewer sees it: counted from the visible figures only, so a figure
 * hidden for being about fewer than 3 people does not give its direction away through a count.
 */
function visibleCounts(team: Comparison['team']): Comparison['teamCounts'] {
  const tally = (figures: readonly { suppressed: boolean; delta: number | null }[]): ChangeCounts => {
    const counts: ChangeCounts = { improved: 0, declined: 0, unchanged: 0, notComparable: 0 };
    for (const { suppressed, delta } of figures) {
      if (suppressed || delta === null) counts.notComparable += 1;
      else if (delta > 0) counts.improved += 1;
      else if (delta < 0) counts.declined += 1;
      else counts.unchanged += 1;
    }
    return counts;
  };
  return team.map((pointOfView) => ({
    assessedBy: pointOfView.assessedBy,
    categories: tally(pointOfView.areas.flatMap((area) => area.categories)),
    areas: tally(pointOfView.areas),
  }));
}

const assessmentKey = (memberId: string, mode: string) => `${mode}\u0000${memberId}`;

function compareWithBaseline(
  current: SubmittedRound,
  baseline: SubmittedRound,
  individual: boolean,
  /** The members whose skill-by-skill changes the lead reads now (a page of the heatmap). */
  pageMemberIds?: ReadonlySet<string>,
): Comparison {
  const rounds = {
    baseline: { framework: baseline.version.framework, assessments: baseline.sheets },
    current: { framework: current.version.framework, assessments: current.sheets },
  };
  const common = { baseline: roundRef(baseline.round) };
  if (!individual) {
    // Viewers never see the per-member part, so it is not worked out at all.
    const comparison = compareTeamsFromSheets(rounds);
    const team = teamComparisonForViewer({ team: comparison.team });
    return {
      ...common,
      addedSkillKeys: comparison.addedSkillKeys,
      removedSkillKeys: comparison.removedSkillKeys,
      team,
      teamCounts: visibleCounts(team),
      members: null,
    };
  }
  // The team's figures cover everyone; the per-member part, most of the work and of the
  // response in a regional round, only the members on the page.
  const comparison = compareTeamsFromSheets(rounds);
  const onPage = <T extends { memberId: string }>(assessments: readonly T[]) =>
    pageMemberIds ? assessments.filter((assessment) => pageMemberIds.has(assessment.memberId)) : assessments;
  const { members } = compareRoundsFromSheets({
    baseline: { ...rounds.baseline, assessments: onPage(rounds.baseline.assessments) },
    current: { ...rounds.current, assessments: onPage(rounds.current.assessments) },
  });
  const nameOf = new Map(
    current.assessments.map((assessment) => [assessment.memberId, assessment.memberName]),
  );
  return {
    ...common,
    addedSkillKeys: comparison.addedSkillKeys,
    removedSkillKeys: comparison.removedSkillKeys,
    team: teamComparisonForLead(comparison.team),
    teamCounts: comparison.team.map((pointOfView) => ({
      assessedBy: pointOfView.assessedBy,
      categories: pointOfView.counts.categories,
      areas: pointOfView.counts.areas,
    })),
    members: members.map((member) => ({
      memberId: member.memberId,
      memberName: nameOf.get(member.memberId) ?? '',
      assessedBy: member.assessedBy,
      areas: member.areas,
      counts: member.counts,
    })),
  };
}

/**
 * A round's results. Leads see each member's scores (the heatmap) and the team's full figures;
 * everyone else in the team, and system admins, see the team's figures only, with any figure
 * about fewer than 3 people hidden. Only submitted assessments count.
 */
export async function getRoundResults(
  context: AppContext,
  request: {
    teamId: string;
    roundId: string;
    compareTo?: string | undefined;
    individual: boolean;
    memberPage?: { offset: number; limit: number };
    /** The language of the framework's names (built-in text only). */
    language?: SupportedLanguage;
  },
): Promise<RoundResults> {
  const db = context.database.db;
  const round = await findTeamRound(db, request.teamId, request.roundId);
  if (!round) throw roundNotFound();
  let baselineRound: ResultsRound | undefined;
  if (request.compareTo !== undefined) {
    if (request.compareTo === round.id) {
      throw new InvalidInputError('A round cannot be compared with itself.', [
        { field: 'querystring.compareTo', problem: 'must be another round than the one shown' },
      ]);
    }
    baselineRound = await findTeamRound(db, request.teamId, request.compareTo);
    // An unknown round and another team's round get the same answer: existence does not leak.
    if (!baselineRound) {
      throw new InvalidInputError('The round to compare with is not a round of this team.', [
        { field: 'querystring.compareTo', problem: 'is not a round of this team' },
      ]);
    }
  }

  const current = await loadSubmitted(db, round);
  const { framework, targets } = current.version;
  // A page of members in roster order, each with all their points of view: the heatmap of a
  // regional round is read a page at a time, while the team figures cover everyone.
  const page = request.memberPage ?? { offset: 0, limit: DEFAULT_RESULTS_MEMBER_LIMIT };
  const memberIds = [...new Set(current.assessments.map((assessment) => assessment.memberId))];
  const onPage = new Set(memberIds.slice(page.offset, page.offset + page.limit));
  const baseline = baselineRound ? await loadSubmitted(db, baselineRound) : undefined;
  const comparison = baseline ? compareWithBaseline(current, baseline, request.individual, onPage) : null;
  const common = {
    round: roundRef(round),
    framework: frameworkOutline(translateFramework(framework, request.language ?? 'en')),
    comparison,
  };

  if (!request.individual) {
    const { team } = aggregateTeamFromSheets({ framework, assessments: current.sheets, targets });
    return {
      ...common,
      visibility: 'aggregate',
      team: teamAggregatesForViewer({ team }),
      members: null,
      memberPage: null,
    };
  }

  const scores = scoreRoundFromSheets({ framework, assessments: current.sheets, targets });
  const byKey = new Map(current.assessments.map((a) => [assessmentKey(a.memberId, a.mode), a]));
  return {
    ...common,
    visibility: 'individual',
    team: teamForLead(scores.team),
    memberPage: { offset: page.offset, limit: page.limit, total: memberIds.length },
    members: scores.members
      .filter((member) => onPage.has(member.memberId))
      .map((member) => {
        const assessment = byKey.get(assessmentKey(member.memberId, member.assessedBy))!;
        return {
          memberId: member.memberId,
          memberName: assessment.memberName,
          assessmentId: assessment.id,
          assessedBy: member.assessedBy,
          status: assessment.status,
          areas: member.profile.areas,
        };
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// One member's results

/** Submitted first, then answers in progress; within each, supervisor, external, then self. */
const GAP_SOURCE_PREFERENCE = ['supervisor', 'external', 'self'] as const;

function gapSource(assessments: readonly RoundAssessment[]): RoundAssessment | undefined {
  for (const status of ['submitted', 'in-progress'] as const) {
    for (const mode of GAP_SOURCE_PREFERENCE) {
      const found = assessments.find(
        (assessment) => assessment.status === status && assessment.mode === mode,
      );
      if (found) return found;
    }
  }
  return undefined;
}

/** Per category, the highest target any of the member's role assignments is given. */
function targetsForAssignments(
  version: StoredFrameworkVersion,
  assignments: readonly { roleKey: string; subRoleKey: string | null }[],
): MemberResults['targets'] {
  const levels = new Map<string, number>();
  for (const target of version.targets) {
    if (!assignments.some((assignment) => concernsAssignment(target, assignment))) continue;
    const current = levels.get(target.categoryKey);
    if (current === undefined || target.level > current) levels.set(target.categoryKey, target.level);
  }
  return version.framework.areas.flatMap((area) =>
    area.categories.flatMap((category) => {
      const level = levels.get(category.key);
      return level === undefined ? [] : [{ categoryKey: category.key, level }];
    }),
  );
}

/**
 * One member's results in a round (by default the latest round they were assessed in). The member
 * and the team's leads see all of the member's assessments; an assessor only the ones they give;
 * anyone else is refused: one member never reads another's ratings.
 */
export async function getMemberResults(
  context: AppContext,
  request: {
    teamId: string;
    memberId: string;
    roundId?: string | undefined;
    reader: ResultsReader;
    language?: SupportedLanguage;
  },
): Promise<MemberResults> {
  const db = context.database.db;
  const { reader } = request;
  const member = await findTeamMember(db, request.teamId, request.memberId);
  if (!member) throw memberNotFound();
  const seesAll = reader.isLead || (member.userId !== null && member.userId === reader.userId);

  const latestAssessed = await findLatestRoundOfMember(
    db,
    request.teamId,
    member.id,
    seesAll ? undefined : reader.userId,
  );
  if (!seesAll && !latestAssessed) {
    throw forbidden('Only the member, the team’s leads and their assessors may see these results.');
  }
  const round = request.roundId ? await findTeamRound(db, request.teamId, request.roundId) : latestAssessed;
  if (!round) {
    throw request.roundId
      ? roundNotFound()
      : new NotFoundError(`${member.name} has not been assessed in any round yet.`, 'round_not_found');
  }

  const version = await versionOf(db, round);
  const { framework } = version;
  const all = await listRoundAssessments(db, round.id, { memberId: member.id });
  const visible = seesAll ? all : all.filter((assessment) => assessment.assessorUserId === reader.userId);
  if (!seesAll && visible.length === 0) {
    throw forbidden('You may see only the assessments you are the assessor of.');
  }
  const ids = visible.map((assessment) => assessment.id);
  const ratings = await listAssessmentRatings(db, ids);
  const comments = await listAssessmentComments(db, ids);
  const ratingsOf = (assessment: RoundAssessment) => ratings.get(assessment.id) ?? EMPTY_RATINGS;

  const assessments = visible.map((assessment) => {
    const covered = new Set(assessment.areaKeys);
    return {
      assessmentId: assessment.id,
      assessedBy: assessment.mode,
      status: assessment.status,
      areaKeys: assessment.areaKeys,
      areas: scoreAssessment({ framework, ratings: ratingsOf(assessment) }).areas.filter((area) =>
        covered.has(area.areaKey),
      ),
      comments: comments
        .filter((comment) => comment.assessmentId === assessment.id)
        .map(({ categoryKey, comment }) => ({ categoryKey, comment })),
    };
  });

  const self = visible.find((assessment) => assessment.mode === 'self');
  const other =
    visible.find((assessment) => assessment.mode === 'supervisor') ??
    visible.find((assessment) => assessment.mode === 'external');
  let sideBySide: MemberResults['sideBySide'] = null;
  if (self && other) {
    const covered = new Set([...self.areaKeys, ...other.areaKeys]);
    const compared = compareSelfWithAssessor({
      framework,
      self: ratingsOf(self),
      assessor: ratingsOf(other),
    });
    sideBySide = {
      assessorKind: other.mode === 'external' ? 'external' : 'supervisor',
      areas: compared.areas
        .filter((area) => covered.has(area.areaKey))
        .map((area) => ({
          areaKey: area.areaKey,
          self: area.self,
          assessor: area.assessor,
          difference: area.difference,
          categories: area.categories.map((category) => ({
            categoryKey: category.categoryKey,
            self: category.self,
            assessor: category.assessor,
            difference: category.difference,
          })),
        })),
    };
  }

  const assignments = await listMemberAssignments(db, member.id);
  const source = gapSource(visible);
  const gaps = source
    ? priorityGaps({
        framework,
        roles: await listRoleBuildOrders(db),
        targets: version.targets,
        assignments,
        ratings: ratingsOf(source),
      }).gaps
    : [];

  return {
    member: { id: member.id, name: member.name },
    round: roundRef(round),
    framework: frameworkOutline(translateFramework(framework, request.language ?? 'en')),
    assessments,
    sideBySide,
    gaps,
    gapsFrom: source?.mode ?? null,
    targets: targetsForAssignments(version, assignments),
  };
}

// ---------------------------------------------------------------------------------------------
// Export

/**
 * A round's submitted results as a CSV or XLSX file (leads only), with the built-in framework's
 * names in `language` and, in the XLSX, headers in it too.
 */
export async function exportRoundResults(
  context: AppContext,
  request: { teamId: string; roundId: string; format: RoundExportFormat; language?: SupportedLanguage },
): Promise<RoundExportFile> {
  const db = context.database.db;
  const round = await findTeamRound(db, request.teamId, request.roundId);
  if (!round) throw roundNotFound();
  const loaded = await loadSubmitted(db, round);
  const { framework, targets } = loaded.version;
  const scores = scoreRoundFromSheets({ framework, assessments: loaded.sheets, targets });
  const profileOf = new Map(
    scores.members.map((member) => [assessmentKey(member.memberId, member.assessedBy), member.profile]),
  );
  return buildRoundExport({
    format: request.format,
    language: request.language ?? 'en',
    roundName: round.name,
    // Names only: keys and structure are the same in every language, so scores match the rows.
    framework: translateFramework(framework, request.language ?? 'en'),
    assessments: loaded.assessments.map((assessment, index) => ({
      memberName: assessment.memberName,
      mode: assessment.mode,
      areaKeys: assessment.areaKeys,
      ratings: ratingsOfAnswerSheet({ framework, sheet: loaded.sheets[index]!.sheet }),
      profile: profileOf.get(assessmentKey(assessment.memberId, assessment.mode))!,
    })),
    team: scores.team,
  });
}
