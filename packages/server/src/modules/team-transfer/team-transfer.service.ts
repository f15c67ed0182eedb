import {
  ConflictError,
  DomainError,
  InvalidInputError,
  NotFoundError,
  TEAM_EXPORT_FORMAT,
  TEAM_EXPORT_VERSION,
  teamExportSchema,
  type FieldProblem,
  type FrameworkVersionRef,
  type TeamExport,
  type TeamImportResult,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { inTransaction, type Executor } from '../../db/transaction.js';
import { appendAuditEvent } from '../audit/audit.repository.js';
import type { Actor } from '../audit/audit-context.js';
import { emailKey } from '../users/users.repository.js';
import {
  findAccountsTaken,
  findIdsTaken,
  findTeamIdTaken,
  insertRows,
  listCourseKeys,
  listRoleKeys,
  listSharedFrameworkVersions,
  readTeamRows,
  type TeamRows,
} from './team-transfer.repository.js';

/**
 * An imported account cannot sign in: it has no password (this marker is no argon2 hash, so no
 * password ever verifies against it) and it is disabled. A system admin enables it and gives it a
 * temporary password on the Users page, which the person changes at first sign-in.
 */
export const IMPORTED_ACCOUNT_PASSWORD_HASH = '!imported-account-without-password';

const teamGone = () => new NotFoundError('There is no such team.', 'team_not_found');
const json = <T>(text: string): T => JSON.parse(text) as T;
const groupBy = <T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
};

// ---------------------------------------------------------------------------------------------
// Export

/** Everything of a team as a document; audited, since it carries personal data. */
export async function exportTeam(context: AppContext, teamId: string, actor: Actor): Promise<TeamExport> {
  const document = await readTeamDocument(context.database.db, teamId, context.clock.now());
  await inTransaction(context.database, (trx) =>
    appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId,
      action: 'team.exported',
      entityType: 'team',
      entityId: teamId,
      changes: {
        members: document.members.length,
        rounds: document.rounds.length,
        plans: document.plans.length,
      },
      ip: actor.ip,
    }),
  );
  return document;
}

export async function readTeamDocument(db: Executor, teamId: string, now: Date): Promise<TeamExport> {
  const rows = await readTeamRows(db, teamId);
  if (!rows) throw teamGone();
  return toDocument(rows, now);
}

function toDocument(rows: TeamRows, now: Date): TeamExport {
  const people = new Set(rows.accounts.map((account) => account.id));
  // Someone outside the document (a system admin who opened a round…) is not named.
  const person = (userId: string | null) => (userId !== null && people.has(userId) ? userId : null);
  const shared = new Map(rows.sharedVersions.map((version) => [version.id, version]));
  const versionRef = (versionId: string): FrameworkVersionRef => {
    const sharedVersion = shared.get(versionId);
    return sharedVersion
      ? { sharedFrameworkKey: sharedVersion.key, number: sharedVersion.number }
      : { versionId };
  };
  const assignments = groupBy(rows.assignments, (row) => row.member_id);
  const growth = groupBy(rows.growth, (row) => row.member_id);
  const learningRecords = groupBy(rows.learningRecords, (row) => row.member_id);
  const versions = groupBy(rows.frameworkVersions, (row) => row.framework_id);
  const assessments = groupBy(rows.assessments, (row) => row.round_id);
  const ratings = groupBy(rows.ratings, (row) => row.assessment_id);
  const comments = groupBy(rows.comments, (row) => row.assessment_id);
  const sheets = new Map(rows.answerSheets.map((row) => [row.assessment_id, row]));
  const activities = groupBy(rows.activities, (row) => row.plan_id);
  const activityMembers = groupBy(rows.activityMembers, (row) => row.activity_id);
  const costLines = groupBy(rows.costLines, (row) => row.activity_id);
  const shares = groupBy(rows.fundingShares, (row) => row.activity_id);
  const revisions = groupBy(rows.revisions, (row) => row.plan_id);
  const { team } = rows;

  return {
    format: TEAM_EXPORT_FORMAT,
    version: TEAM_EXPORT_VERSION,
    exportedAt: now.toISOString(),
    team: {
      id: team.id,
      name: team.name,
      countryCode: team.country_code,
      description: team.description,
      baseCurrency: team.base_currency,
      phase: team.phase as TeamExport['team']['phase'],
      createdAt: team.created_at,
      updatedAt: team.updated_at,
      version: Number(team.version),
    },
    accounts: rows.accounts.map((account) => ({
      id: account.id,
      email: account.email,
      displayName: account.display_name,
      preferredLanguage: account.preferred_language as TeamExport['accounts'][number]['preferredLanguage'],
    })),
    access: rows.access.map((row) => ({
      userId: row.user_id,
      role: row.role as TeamExport['access'][number]['role'],
      grantedBy: person(row.granted_by),
      grantedAt: row.granted_at,
    })),
    roleNames: rows.roleNames.map((row) => ({ roleKey: row.role_key, localName: row.local_name })),
    members: rows.members.map((member) => ({
      id: member.id,
      userId: member.user_id,
      name: member.name,
      organisation: member.organisation,
      affiliation: member.affiliation as TeamExport['members'][number]['affiliation'],
      basedInCountry: Number(member.based_in_country) === 1,
      timeSharePercent: Number(member.time_share_percent),
      funding: member.funding as TeamExport['members'][number]['funding'],
      partnerFundingEndsOn: member.partner_funding_ends_on,
      startDate: member.start_date,
      endDate: member.end_date,
      leavingReason: member.leaving_reason,
      phase: member.phase as TeamExport['members'][number]['phase'],
      createdAt: member.created_at,
      updatedAt: member.updated_at,
      version: Number(member.version),
      assignments: (assignments.get(member.id) ?? []).map((row) => ({
        id: row.id,
        roleKey: row.role_key,
        subRoleKey: row.sub_role_key,
        status: row.status as TeamExport['members'][number]['assignments'][number]['status'],
        since: row.since,
        position: Number(row.position),
      })),
      growthOpportunities: (growth.get(member.id) ?? []).map((row) => ({
        id: row.id,
        kind: row.kind as TeamExport['members'][number]['growthOpportunities'][number]['kind'],
        occurredOn: row.occurred_on,
        note: row.note,
        createdAt: row.created_at,
      })),
      learningRecords: (learningRecords.get(member.id) ?? []).map((row) => ({
        id: row.id,
        courseKey: row.course_key,
        takenOn: row.taken_on,
        completed: Boolean(row.completed),
        certificate: Boolean(row.certificate),
        planActivityId: row.plan_activity_id,
        note: row.note,
        createdBy: person(row.created_by),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        version: Number(row.version),
      })),
    })),
    frameworks: rows.frameworks.map((framework) => ({
      id: framework.id,
      key: framework.key,
      name: framework.name,
      description: framework.description,
      createdBy: person(framework.created_by),
      createdAt: framework.created_at,
      updatedAt: framework.updated_at,
      version: Number(framework.version),
      versions: (versions.get(framework.id) ?? []).map((row) => ({
        id: row.id,
        number: Number(row.number),
        document: json(row.document),
        skillCount: Number(row.skill_count),
        frozenAt: row.frozen_at,
        createdBy: person(row.created_by),
        createdAt: row.created_at,
      })),
    })),
    rounds: rows.rounds.map((round) => ({
      id: round.id,
      name: round.name,
      frameworkVersion: versionRef(round.framework_version_id),
      opensOn: round.opens_on,
      closesOn: round.closes_on,
      createdBy: person(round.created_by),
      createdAt: round.created_at,
      updatedAt: round.updated_at,
      version: Number(round.version),
      assessments: (assessments.get(round.id) ?? []).map((assessment) => {
        const sheet = sheets.get(assessment.id);
        return {
          id: assessment.id,
          memberId: assessment.member_id,
          mode: assessment.mode as TeamExport['rounds'][number]['assessments'][number]['mode'],
          assessorUserId: person(assessment.assessor_user_id),
          areaKeys: json<string[]>(assessment.area_keys),
          status: assessment.status as TeamExport['rounds'][number]['assessments'][number]['status'],
          submittedAt: assessment.submitted_at,
          createdBy: person(assessment.created_by),
          createdAt: assessment.created_at,
          updatedAt: assessment.updated_at,
          version: Number(assessment.version),
          ratings: (ratings.get(assessment.id) ?? []).map((row) => ({
            skillKey: row.skill_key,
            level: row.level === null ? null : Number(row.level),
            updatedAt: row.updated_at,
            updatedBy: person(row.updated_by),
          })),
          comments: (comments.get(assessment.id) ?? []).map((row) => ({
            categoryKey: row.category_key,
            comment: row.comment,
            updatedAt: row.updated_at,
          })),
          answerSheet: sheet
            ? {
                frameworkVersion: versionRef(sheet.framework_version_id),
                answers: sheet.answers,
                createdAt: sheet.created_at,
              }
            : null,
        };
      }),
    })),
    fundingSources: rows.fundingSources.map((source) => ({
      id: source.id,
      kind: source.kind as TeamExport['fundingSources'][number]['kind'],
      name: source.name,
      notes: source.notes,
      createdAt: source.created_at,
      updatedAt: source.updated_at,
      version: Number(source.version),
    })),
    plans: rows.plans.map((plan) => ({
      id: plan.id,
      title: plan.title,
      startYear: Number(plan.start_year),
      endYear: Number(plan.end_year),
      baseCurrency: plan.base_currency,
      summary: plan.summary,
      exchangeRates: json(plan.exchange_rates),
      createdBy: person(plan.created_by),
      createdAt: plan.created_at,
      updatedAt: plan.updated_at,
      version: Number(plan.version),
      activities: (activities.get(plan.id) ?? []).map((activity) => ({
        id: activity.id,
        title: activity.title,
        type: activity.type as TeamExport['plans'][number]['activities'][number]['type'],
        provider: activity.provider,
        timing: json(activity.timing),
        year: Number(activity.year),
        status: activity.status as TeamExport['plans'][number]['activities'][number]['status'],
        outcomeNote: activity.outcome_note,
        courseKey: activity.course_key,
        gapCategoryKeys: json<string[]>(activity.gap_category_keys),
        totalMinor: Number(activity.total_minor),
        uncoveredMinor: Number(activity.uncovered_minor),
        position: Number(activity.position),
        createdBy: person(activity.created_by),
        createdAt: activity.created_at,
        updatedAt: activity.updated_at,
        version: Number(activity.version),
        memberIds: (activityMembers.get(activity.id) ?? []).map((row) => row.member_id),
        costLines: (costLines.get(activity.id) ?? []).map((row) => ({
          id: row.id,
          position: Number(row.position),
          kind: row.kind as TeamExport['plans'][number]['activities'][number]['costLines'][number]['kind'],
          description: row.description,
          quantity: Number(row.quantity),
          unitCostMinor: Number(row.unit_cost_minor),
          currency: row.currency,
          totalMinor: Number(row.total_minor),
          baseTotalMinor: Number(row.base_total_minor),
        })),
        fundingShares: (shares.get(activity.id) ?? []).map((row) => ({
          id: row.id,
          fundingSourceId: row.funding_source_id,
          position: Number(row.position),
          amountMinor: Number(row.amount_minor),
          status:
            row.status as TeamExport['plans'][number]['activities'][number]['fundingShares'][number]['status'],
        })),
      })),
      revisions: (revisions.get(plan.id) ?? []).map((row) => ({
        id: row.id,
        number: Number(row.number),
        note: row.note,
        changes: json(row.changes),
        snapshot: json(row.snapshot),
        createdBy: person(row.created_by),
        createdAt: row.created_at,
      })),
    })),
    termsOfReference: rows.termsOfReference.map((row) => ({
      roleKey: row.role_key,
      purpose: row.purpose,
      responsibilities: json<string[]>(row.responsibilities),
      requiredCompetencies: json<string[]>(row.required_competencies),
      reportingLine: row.reporting_line,
      updatedBy: person(row.updated_by),
      updatedAt: row.updated_at,
      version: Number(row.version),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Import

const MAX_PROBLEMS_LISTED = 20;

/**
 * Checks a document whole, then writes it in one transaction: the team with its ids, its people
 * as disabled accounts without a password, and everything else. `fieldPrefix` names where the
 * document came from in error details (`body` for the API; nothing for the CLI, which names the file).
 */
export async function importTeam(
  context: AppContext,
  input: unknown,
  actor: Actor,
  fieldPrefix = 'body',
): Promise<TeamImportResult> {
  const field = (path: readonly PropertyKey[]) =>
    [fieldPrefix, ...path.map(String)].filter(Boolean).join('.') || 'document';
  const parsed = teamExportSchema.safeParse(input);
  if (!parsed.success) {
    const details = parsed.error.issues
      .slice(0, MAX_PROBLEMS_LISTED)
      .map((issue) => ({ field: field(issue.path), problem: issue.message }));
    throw new InvalidInputError(
      `This is not a team document this server can import. ${details
        .slice(0, 3)
        .map((detail) => `${detail.field}: ${detail.problem}`)
        .join('; ')}`,
      details,
      'invalid_team_document',
    );
  }
  const document = parsed.data;
  const roleKeys = await listRoleKeys(context.database.db);
  const courseKeys = await listCourseKeys(context.database.db);
  const sharedVersions = await listSharedFrameworkVersions(context.database.db);
  const problems = checkReferences(document, roleKeys, courseKeys).map((problem) => ({
    field: field(problem.path),
    problem: problem.problem,
  }));
  if (problems.length > 0) {
    throw new InvalidInputError(
      `The team document does not hold together: ${problems[0]!.field} ${problems[0]!.problem}.`,
      problems.slice(0, MAX_PROBLEMS_LISTED),
      'invalid_team_document',
    );
  }
  const missingShared = sharedReferences(document).filter(
    ({ ref }) => !sharedVersions.has(`${ref.sharedFrameworkKey} ${ref.number}`),
  );
  if (missingShared.length > 0) {
    throw new DomainError(
      'unprocessable',
      'framework_not_available',
      `This instance has no shared framework ${missingShared[0]!.ref.sharedFrameworkKey} version ${missingShared[0]!.ref.number}, which the team's rounds use.`,
      missingShared.slice(0, MAX_PROBLEMS_LISTED).map(({ path }) => ({
        field: field(path),
        problem: 'names a shared framework version this instance does not have',
      })),
    );
  }

  return inTransaction(context.database, async (trx) => {
    await refuseExisting(trx, document, field);
    const rows = toRows(document, sharedVersions);
    const now = context.clock.now().toISOString();
    await insertRows(
      trx,
      'user_account',
      document.accounts.map((account) => ({
        id: account.id,
        email: account.email,
        email_key: emailKey(account.email),
        display_name: account.displayName,
        password_hash: IMPORTED_ACCOUNT_PASSWORD_HASH,
        preferred_language: account.preferredLanguage,
        is_active: 0,
        is_system_admin: 0,
        must_change_password: 1,
        created_at: now,
        updated_at: now,
        version: 1,
      })),
    );
    await insertRows(trx, 'team', [rows.team]);
    await insertRows(trx, 'team_access', rows.access);
    await insertRows(trx, 'team_role_name', rows.roleNames);
    await insertRows(trx, 'team_member', rows.members);
    await insertRows(trx, 'member_role_assignment', rows.assignments);
    await insertRows(trx, 'growth_opportunity', rows.growth);
    await insertRows(trx, 'framework', rows.frameworks);
    await insertRows(trx, 'framework_version', rows.frameworkVersions);
    await insertRows(trx, 'assessment_round', rows.rounds);
    await insertRows(trx, 'assessment', rows.assessments);
    await insertRows(trx, 'assessment_rating', rows.ratings);
    await insertRows(trx, 'assessment_comment', rows.comments);
    await insertRows(trx, 'assessment_answer_sheet', rows.answerSheets);
    await insertRows(trx, 'funding_source', rows.fundingSources);
    await insertRows(trx, 'capacity_plan', rows.plans);
    await insertRows(trx, 'plan_activity', rows.activities);
    await insertRows(trx, 'plan_activity_member', rows.activityMembers);
    await insertRows(trx, 'plan_cost_line', rows.costLines);
    await insertRows(trx, 'plan_funding_share', rows.fundingShares);
    await insertRows(trx, 'plan_revision', rows.revisions);
    await insertRows(trx, 'learning_record', rows.learningRecords);
    await insertRows(trx, 'team_terms_of_reference', rows.termsOfReference);
    // A shared version that rounds now use must not change under their answers.
    const usedShared = [...new Set(rows.rounds.map((round) => round.framework_version_id))].filter((id) =>
      [...sharedVersions.values()].includes(id),
    );
    for (const versionId of usedShared) {
      await trx
        .updateTable('framework_version')
        .set({ frozen_at: now })
        .where('id', '=', versionId)
        .where('frozen_at', 'is', null)
        .execute();
    }
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId: document.team.id,
      action: 'team.imported',
      entityType: 'team',
      entityId: document.team.id,
      changes: {
        name: document.team.name,
        exportedAt: document.exportedAt,
        accountsCreated: document.accounts.length,
        members: document.members.length,
        rounds: document.rounds.length,
        plans: document.plans.length,
      },
      ip: actor.ip,
    });
    return {
      teamId: document.team.id,
      teamName: document.team.name,
      accountsCreated: document.accounts.length,
      members: document.members.length,
      rounds: document.rounds.length,
      plans: document.plans.length,
    };
  });
}

/** 409 when the team, one of its people or any of its records is already in this instance. */
async function refuseExisting(
  trx: Executor,
  document: TeamExport,
  field: (path: readonly PropertyKey[]) => string,
): Promise<void> {
  if (await findTeamIdTaken(trx, document.team.id)) {
    throw new ConflictError(
      'This team is already in this instance; delete it first or import into another instance.',
      [{ field: field(['team', 'id']), problem: 'is the id of an existing team' }],
      'team_exists',
    );
  }
  const taken = await findAccountsTaken(
    trx,
    document.accounts.map((account) => account.id),
    document.accounts.map((account) => emailKey(account.email)),
  );
  if (taken.length > 0) {
    const details: FieldProblem[] = [];
    document.accounts.forEach((account, index) => {
      if (taken.some((row) => row.email_key === emailKey(account.email))) {
        details.push({
          field: field(['accounts', index, 'email']),
          problem: 'is used by an existing account',
        });
      } else if (taken.some((row) => row.id === account.id)) {
        details.push({
          field: field(['accounts', index, 'id']),
          problem: 'is the id of an existing account',
        });
      }
    });
    throw new ConflictError(
      `${details.length} of the team's people already have an account in this instance; an import creates every account itself.`,
      details.slice(0, MAX_PROBLEMS_LISTED),
      'account_exists',
    );
  }
  const checks: [Parameters<typeof findIdsTaken>[1], string[], string][] = [
    ['team_member', document.members.map((member) => member.id), 'members'],
    ['framework', document.frameworks.map((framework) => framework.id), 'frameworks'],
    [
      'framework_version',
      document.frameworks.flatMap((framework) => framework.versions.map((version) => version.id)),
      'framework versions',
    ],
    ['assessment_round', document.rounds.map((round) => round.id), 'rounds'],
    [
      'assessment',
      document.rounds.flatMap((round) => round.assessments.map((assessment) => assessment.id)),
      'assessments',
    ],
    ['funding_source', document.fundingSources.map((source) => source.id), 'funding sources'],
    ['capacity_plan', document.plans.map((plan) => plan.id), 'plans'],
    [
      'plan_activity',
      document.plans.flatMap((plan) => plan.activities.map((activity) => activity.id)),
      'activities',
    ],
    [
      'learning_record',
      document.members.flatMap((member) => member.learningRecords.map((record) => record.id)),
      'learning records',
    ],
  ];
  for (const [table, ids, label] of checks) {
    const existing = await findIdsTaken(trx, table, ids);
    if (existing.length > 0) {
      throw new ConflictError(
        `Some ${label} of this document are already in this instance (was the team imported before under another id?).`,
        existing
          .slice(0, MAX_PROBLEMS_LISTED)
          .map((id) => ({ field: field([table]), problem: `${id} exists` })),
        'records_exist',
      );
    }
  }
}

function sharedReferences(
  document: TeamExport,
): { path: PropertyKey[]; ref: Extract<FrameworkVersionRef, { sharedFrameworkKey: string }> }[] {
  const found: { path: PropertyKey[]; ref: Extract<FrameworkVersionRef, { sharedFrameworkKey: string }> }[] =
    [];
  document.rounds.forEach((round, roundIndex) => {
    if ('sharedFrameworkKey' in round.frameworkVersion) {
      found.push({ path: ['rounds', roundIndex, 'frameworkVersion'], ref: round.frameworkVersion });
    }
    round.assessments.forEach((assessment, assessmentIndex) => {
      const ref = assessment.answerSheet?.frameworkVersion;
      if (ref && 'sharedFrameworkKey' in ref) {
        found.push({
          path: ['rounds', roundIndex, 'assessments', assessmentIndex, 'answerSheet', 'frameworkVersion'],
          ref,
        });
      }
    });
  });
  return found;
}

interface PathProblem {
  path: PropertyKey[];
  problem: string;
}

/** Every reference inside the document points at something the document holds, and no id repeats. */
export function checkReferences(
  document: TeamExport,
  roleKeys: ReadonlySet<string>,
  courseKeys: ReadonlySet<string>,
): PathProblem[] {
  const problems: PathProblem[] = [];
  const unique = <T>(
    items: readonly T[],
    key: (item: T) => string,
    path: (index: number) => PropertyKey[],
  ) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const value = key(item);
      if (seen.has(value)) problems.push({ path: path(index), problem: 'repeats an earlier entry' });
      seen.add(value);
    });
  };
  const accountIds = new Set(document.accounts.map((account) => account.id));
  const memberIds = new Set(document.members.map((member) => member.id));
  const versionIds = new Set(
    document.frameworks.flatMap((framework) => framework.versions.map((version) => version.id)),
  );
  const sourceIds = new Set(document.fundingSources.map((source) => source.id));
  const person = (userId: string | null, path: PropertyKey[]) => {
    if (userId !== null && !accountIds.has(userId)) {
      problems.push({ path, problem: 'is not one of the accounts in the document' });
    }
  };
  const activityIds = new Set(
    document.plans.flatMap((plan) => plan.activities.map((activity) => activity.id)),
  );
  const role = (roleKey: string, path: PropertyKey[]) => {
    if (!roleKeys.has(roleKey)) problems.push({ path, problem: `${roleKey} is not a role of this instance` });
  };
  const versionOf = (ref: FrameworkVersionRef, path: PropertyKey[]) => {
    if ('versionId' in ref && !versionIds.has(ref.versionId)) {
      problems.push({ path: [...path, 'versionId'], problem: 'is not a version of the team’s frameworks' });
    }
  };

  unique(
    document.accounts,
    (account) => account.id,
    (index) => ['accounts', index, 'id'],
  );
  unique(
    document.accounts,
    (account) => emailKey(account.email),
    (index) => ['accounts', index, 'email'],
  );
  unique(
    document.access,
    (entry) => `${entry.userId} ${entry.role}`,
    (index) => ['access', index],
  );
  document.access.forEach((entry, index) => {
    person(entry.userId, ['access', index, 'userId']);
    person(entry.grantedBy, ['access', index, 'grantedBy']);
  });
  unique(
    document.roleNames,
    (entry) => entry.roleKey,
    (index) => ['roleNames', index, 'roleKey'],
  );
  document.roleNames.forEach((entry, index) => role(entry.roleKey, ['roleNames', index, 'roleKey']));

  unique(
    document.members,
    (member) => member.id,
    (index) => ['members', index, 'id'],
  );
  unique(
    document.members.flatMap((member) => member.assignments),
    (assignment) => assignment.id,
    () => ['members'],
  );
  unique(
    document.members.flatMap((member) => member.growthOpportunities),
    (opportunity) => opportunity.id,
    () => ['members'],
  );
  document.members.forEach((member, index) => {
    person(member.userId, ['members', index, 'userId']);
    if (member.startDate && member.endDate && member.endDate < member.startDate) {
      problems.push({ path: ['members', index, 'endDate'], problem: 'must not be before the start date' });
    }
    member.assignments.forEach((assignment, assignmentIndex) =>
      role(assignment.roleKey, ['members', index, 'assignments', assignmentIndex, 'roleKey']),
    );
    member.learningRecords.forEach((record, recordIndex) => {
      const inRecord = (...rest: PropertyKey[]) => [
        'members',
        index,
        'learningRecords',
        recordIndex,
        ...rest,
      ];
      person(record.createdBy, inRecord('createdBy'));
      if (!courseKeys.has(record.courseKey)) {
        problems.push({
          path: inRecord('courseKey'),
          problem: `${record.courseKey} is not a course of this instance`,
        });
      }
      if (record.planActivityId !== null && !activityIds.has(record.planActivityId)) {
        problems.push({
          path: inRecord('planActivityId'),
          problem: 'is not an activity of the team’s plans',
        });
      }
    });
  });
  unique(
    document.members.flatMap((member) => member.learningRecords),
    (record) => record.id,
    () => ['members'],
  );

  unique(
    document.frameworks,
    (framework) => framework.id,
    (index) => ['frameworks', index, 'id'],
  );
  unique(
    document.frameworks.flatMap((framework) => framework.versions),
    (version) => version.id,
    () => ['frameworks'],
  );
  document.frameworks.forEach((framework, index) => {
    person(framework.createdBy, ['frameworks', index, 'createdBy']);
    unique(
      framework.versions,
      (version) => String(version.number),
      (versionIndex) => ['frameworks', index, 'versions', versionIndex, 'number'],
    );
    framework.versions.forEach((version, versionIndex) =>
      person(version.createdBy, ['frameworks', index, 'versions', versionIndex, 'createdBy']),
    );
  });

  unique(
    document.rounds,
    (round) => round.id,
    (index) => ['rounds', index, 'id'],
  );
  unique(
    document.rounds.flatMap((round) => round.assessments),
    (assessment) => assessment.id,
    () => ['rounds'],
  );
  document.rounds.forEach((round, index) => {
    const at = (...rest: PropertyKey[]) => ['rounds', index, ...rest];
    person(round.createdBy, at('createdBy'));
    versionOf(round.frameworkVersion, at('frameworkVersion'));
    if (round.closesOn < round.opensOn) problems.push({ path: at('closesOn'), problem: 'is before opensOn' });
    unique(
      round.assessments,
      (assessment) => `${assessment.memberId} ${assessment.mode}`,
      (assessmentIndex) => at('assessments', assessmentIndex, 'mode'),
    );
    round.assessments.forEach((assessment, assessmentIndex) => {
      const inAssessment = (...rest: PropertyKey[]) => at('assessments', assessmentIndex, ...rest);
      if (!memberIds.has(assessment.memberId)) {
        problems.push({
          path: inAssessment('memberId'),
          problem: 'is not one of the members in the document',
        });
      }
      person(assessment.assessorUserId, inAssessment('assessorUserId'));
      person(assessment.createdBy, inAssessment('createdBy'));
      unique(
        assessment.ratings,
        (rating) => rating.skillKey,
        (ratingIndex) => inAssessment('ratings', ratingIndex, 'skillKey'),
      );
      assessment.ratings.forEach((rating, ratingIndex) =>
        person(rating.updatedBy, inAssessment('ratings', ratingIndex, 'updatedBy')),
      );
      unique(
        assessment.comments,
        (comment) => comment.categoryKey,
        (commentIndex) => inAssessment('comments', commentIndex, 'categoryKey'),
      );
      if (assessment.answerSheet) {
        versionOf(assessment.answerSheet.frameworkVersion, inAssessment('answerSheet', 'frameworkVersion'));
      }
    });
  });

  unique(
    document.fundingSources,
    (source) => source.id,
    (index) => ['fundingSources', index, 'id'],
  );
  unique(
    document.plans,
    (plan) => plan.id,
    (index) => ['plans', index, 'id'],
  );
  unique(
    document.plans,
    (plan) => `${plan.startYear} ${plan.endYear}`,
    (index) => ['plans', index, 'endYear'],
  );
  const activities = document.plans.flatMap((plan) => plan.activities);
  unique(
    activities,
    (activity) => activity.id,
    () => ['plans'],
  );
  unique(
    activities.flatMap((activity) => activity.costLines),
    (line) => line.id,
    () => ['plans'],
  );
  unique(
    activities.flatMap((activity) => activity.fundingShares),
    (share) => share.id,
    () => ['plans'],
  );
  unique(
    document.plans.flatMap((plan) => plan.revisions),
    (revision) => revision.id,
    () => ['plans'],
  );
  document.plans.forEach((plan, index) => {
    const at = (...rest: PropertyKey[]) => ['plans', index, ...rest];
    person(plan.createdBy, at('createdBy'));
    if (plan.endYear < plan.startYear) problems.push({ path: at('endYear'), problem: 'is before startYear' });
    unique(
      plan.revisions,
      (revision) => String(revision.number),
      (revisionIndex) => at('revisions', revisionIndex, 'number'),
    );
    plan.revisions.forEach((revision, revisionIndex) =>
      person(revision.createdBy, at('revisions', revisionIndex, 'createdBy')),
    );
    plan.activities.forEach((activity, activityIndex) => {
      const inActivity = (...rest: PropertyKey[]) => at('activities', activityIndex, ...rest);
      person(activity.createdBy, inActivity('createdBy'));
      unique(
        activity.memberIds,
        (id) => id,
        (memberIndex) => inActivity('memberIds', memberIndex),
      );
      activity.memberIds.forEach((memberId, memberIndex) => {
        if (!memberIds.has(memberId)) {
          problems.push({
            path: inActivity('memberIds', memberIndex),
            problem: 'is not one of the members in the document',
          });
        }
      });
      activity.fundingShares.forEach((share, shareIndex) => {
        if (!sourceIds.has(share.fundingSourceId)) {
          problems.push({
            path: inActivity('fundingShares', shareIndex, 'fundingSourceId'),
            problem: 'is not one of the funding sources in the document',
          });
        }
      });
    });
  });

  unique(
    document.termsOfReference,
    (tor) => tor.roleKey,
    (index) => ['termsOfReference', index, 'roleKey'],
  );
  document.termsOfReference.forEach((tor, index) => {
    role(tor.roleKey, ['termsOfReference', index, 'roleKey']);
    person(tor.updatedBy, ['termsOfReference', index, 'updatedBy']);
  });
  return problems;
}

function toRows(document: TeamExport, sharedVersions: ReadonlyMap<string, string>) {
  const teamId = document.team.id;
  const versionId = (ref: FrameworkVersionRef) =>
    'versionId' in ref ? ref.versionId : sharedVersions.get(`${ref.sharedFrameworkKey} ${ref.number}`)!;
  const { team } = document;
  const activities = document.plans.flatMap((plan) =>
    plan.activities.map((activity) => ({ plan, activity })),
  );
  const assessments = document.rounds.flatMap((round) =>
    round.assessments.map((assessment) => ({ round, assessment })),
  );
  return {
    team: {
      id: team.id,
      name: team.name,
      country_code: team.countryCode,
      description: team.description,
      base_currency: team.baseCurrency,
      phase: team.phase,
      created_at: team.createdAt,
      updated_at: team.updatedAt,
      version: team.version,
    },
    access: document.access.map((entry) => ({
      team_id: teamId,
      user_id: entry.userId,
      role: entry.role,
      granted_by: entry.grantedBy,
      granted_at: entry.grantedAt,
    })),
    roleNames: document.roleNames.map((entry) => ({
      team_id: teamId,
      role_key: entry.roleKey,
      local_name: entry.localName,
    })),
    members: document.members.map((member) => ({
      id: member.id,
      team_id: teamId,
      user_id: member.userId,
      name: member.name,
      organisation: member.organisation,
      affiliation: member.affiliation,
      based_in_country: member.basedInCountry ? 1 : 0,
      time_share_percent: member.timeSharePercent,
      funding: member.funding,
      partner_funding_ends_on: member.partnerFundingEndsOn,
      start_date: member.startDate,
      end_date: member.endDate,
      leaving_reason: member.leavingReason,
      phase: member.phase,
      created_at: member.createdAt,
      updated_at: member.updatedAt,
      version: member.version,
    })),
    assignments: document.members.flatMap((member) =>
      member.assignments.map((assignment) => ({
        id: assignment.id,
        member_id: member.id,
        role_key: assignment.roleKey,
        sub_role_key: assignment.subRoleKey,
        status: assignment.status,
        since: assignment.since,
        position: assignment.position,
      })),
    ),
    growth: document.members.flatMap((member) =>
      member.growthOpportunities.map((opportunity) => ({
        id: opportunity.id,
        member_id: member.id,
        kind: opportunity.kind,
        occurred_on: opportunity.occurredOn,
        note: opportunity.note,
        created_at: opportunity.createdAt,
      })),
    ),
    learningRecords: document.members.flatMap((member) =>
      member.learningRecords.map((record) => ({
        id: record.id,
        member_id: member.id,
        course_key: record.courseKey,
        taken_on: record.takenOn,
        completed: record.completed ? 1 : 0,
        certificate: record.certificate ? 1 : 0,
        plan_activity_id: record.planActivityId,
        note: record.note,
        created_by: record.createdBy,
        created_at: record.createdAt,
        updated_at: record.updatedAt,
        version: record.version,
      })),
    ),
    frameworks: document.frameworks.map((framework) => ({
      id: framework.id,
      key: framework.key,
      name: framework.name,
      description: framework.description,
      team_id: teamId,
      built_in: 0,
      created_by: framework.createdBy,
      created_at: framework.createdAt,
      updated_at: framework.updatedAt,
      version: framework.version,
    })),
    frameworkVersions: document.frameworks.flatMap((framework) =>
      framework.versions.map((version) => ({
        id: version.id,
        framework_id: framework.id,
        number: version.number,
        document: JSON.stringify(version.document),
        skill_count: version.skillCount,
        frozen_at: version.frozenAt,
        created_by: version.createdBy,
        created_at: version.createdAt,
      })),
    ),
    rounds: document.rounds.map((round) => ({
      id: round.id,
      team_id: teamId,
      name: round.name,
      framework_version_id: versionId(round.frameworkVersion),
      opens_on: round.opensOn,
      closes_on: round.closesOn,
      created_by: round.createdBy,
      created_at: round.createdAt,
      updated_at: round.updatedAt,
      version: round.version,
    })),
    assessments: assessments.map(({ round, assessment }) => ({
      id: assessment.id,
      round_id: round.id,
      member_id: assessment.memberId,
      mode: assessment.mode,
      assessor_user_id: assessment.assessorUserId,
      area_keys: JSON.stringify(assessment.areaKeys),
      status: assessment.status,
      submitted_at: assessment.submittedAt,
      created_by: assessment.createdBy,
      created_at: assessment.createdAt,
      updated_at: assessment.updatedAt,
      version: assessment.version,
    })),
    ratings: assessments.flatMap(({ assessment }) =>
      assessment.ratings.map((rating) => ({
        assessment_id: assessment.id,
        skill_key: rating.skillKey,
        level: rating.level,
        updated_at: rating.updatedAt,
        updated_by: rating.updatedBy,
      })),
    ),
    comments: assessments.flatMap(({ assessment }) =>
      assessment.comments.map((comment) => ({
        assessment_id: assessment.id,
        category_key: comment.categoryKey,
        comment: comment.comment,
        updated_at: comment.updatedAt,
      })),
    ),
    answerSheets: assessments.flatMap(({ assessment }) =>
      assessment.answerSheet
        ? [
            {
              assessment_id: assessment.id,
              framework_version_id: versionId(assessment.answerSheet.frameworkVersion),
              answers: assessment.answerSheet.answers,
              created_at: assessment.answerSheet.createdAt,
            },
          ]
        : [],
    ),
    fundingSources: document.fundingSources.map((source) => ({
      id: source.id,
      team_id: teamId,
      kind: source.kind,
      name: source.name,
      notes: source.notes,
      created_at: source.createdAt,
      updated_at: source.updatedAt,
      version: source.version,
    })),
    plans: document.plans.map((plan) => ({
      id: plan.id,
      team_id: teamId,
      title: plan.title,
      start_year: plan.startYear,
      end_year: plan.endYear,
      base_currency: plan.baseCurrency,
      summary: plan.summary,
      exchange_rates: JSON.stringify(plan.exchangeRates),
      created_by: plan.createdBy,
      created_at: plan.createdAt,
      updated_at: plan.updatedAt,
      version: plan.version,
    })),
    activities: activities.map(({ plan, activity }) => ({
      id: activity.id,
      plan_id: plan.id,
      title: activity.title,
      type: activity.type,
      provider: activity.provider,
      timing: JSON.stringify(activity.timing),
      year: activity.year,
      status: activity.status,
      outcome_note: activity.outcomeNote,
      course_key: activity.courseKey,
      gap_category_keys: JSON.stringify(activity.gapCategoryKeys),
      total_minor: activity.totalMinor,
      uncovered_minor: activity.uncoveredMinor,
      position: activity.position,
      created_by: activity.createdBy,
      created_at: activity.createdAt,
      updated_at: activity.updatedAt,
      version: activity.version,
    })),
    activityMembers: activities.flatMap(({ activity }) =>
      activity.memberIds.map((memberId, position) => ({
        activity_id: activity.id,
        member_id: memberId,
        position,
      })),
    ),
    costLines: activities.flatMap(({ activity }) =>
      activity.costLines.map((line) => ({
        id: line.id,
        activity_id: activity.id,
        position: line.position,
        kind: line.kind,
        description: line.description,
        quantity: line.quantity,
        unit_cost_minor: line.unitCostMinor,
        currency: line.currency,
        total_minor: line.totalMinor,
        base_total_minor: line.baseTotalMinor,
      })),
    ),
    fundingShares: activities.flatMap(({ activity }) =>
      activity.fundingShares.map((share) => ({
        id: share.id,
        activity_id: activity.id,
        funding_source_id: share.fundingSourceId,
        position: share.position,
        amount_minor: share.amountMinor,
        status: share.status,
      })),
    ),
    revisions: document.plans.flatMap((plan) =>
      plan.revisions.map((revision) => ({
        id: revision.id,
        plan_id: plan.id,
        number: revision.number,
        note: revision.note,
        changes: JSON.stringify(revision.changes),
        snapshot: JSON.stringify(revision.snapshot),
        created_by: revision.createdBy,
        created_at: revision.createdAt,
      })),
    ),
    termsOfReference: document.termsOfReference.map((tor) => ({
      team_id: teamId,
      role_key: tor.roleKey,
      purpose: tor.purpose,
      responsibilities: JSON.stringify(tor.responsibilities),
      required_competencies: JSON.stringify(tor.requiredCompetencies),
      reporting_line: tor.reportingLine,
      updated_by: tor.updatedBy,
      updated_at: tor.updatedAt,
      version: tor.version,
    })),
  };
}
