import { randomUUID } from 'node:crypto';
import {
  answerSheetOf,
  areasForAssignments,
  checkSubmission,
  ConflictError,
  DomainError,
  InvalidInputError,
  isRatingLevel,
  NOT_APPLICABLE,
  NotFoundError,
  type AssessmentDetail,
  type AssessmentFramework,
  type AssessmentSummary,
  type CreateAssessmentRequest,
  type FieldProblem,
  type MyAssessment,
  type Rating,
  type Ratings,
  type SaveRatingsRequest,
  type SaveRatingsResponse,
  translateFramework,
  type SupportedLanguage,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { inTransaction, type Executor } from '../../db/transaction.js';
import { forbidden } from '../../http/route-access.js';
import { appendAuditEvent } from '../audit/audit.repository.js';
import type { Actor } from '../audit/audit-context.js';
import {
  findFrameworkVersion,
  type StoredFrameworkVersion,
} from '../frameworks/framework-versions.repository.js';
import { findMember } from '../team-structure/team-structure.repository.js';
import { findRolesInTeam } from '../teams/teams.repository.js';
import { progressOf, ratingsOf, toAssessmentSummary } from './assessment-views.js';
import {
  deleteAnswerSheet,
  deleteComments,
  findAssessment,
  insertAssessmentUnlessExists,
  listAssessmentsAnsweredBy,
  listComments,
  listRatings,
  markAnswering,
  markReopened,
  markSubmitted,
  respondentOf,
  saveAnswerSheet,
  upsertComments,
  upsertRatings,
  type StoredAssessment,
  type StoredRating,
} from './assessments.repository.js';
import { findRound, roundStatusOn, utcDateOf } from './rounds.repository.js';
import { roundNotFound } from './rounds.service.js';

/** The most missing answers named one by one in a 422; the message gives the full count. */
const MISSING_ANSWERS_LISTED = 200;

const assessmentNotFound = () => new NotFoundError('There is no such assessment.', 'assessment_not_found');

/** What the caller is to an assessment. Anyone who is none of these may not know it exists. */
interface AssessmentAccess {
  canSee: boolean;
  isLead: boolean;
  isRespondent: boolean;
}

async function accessTo(
  db: Executor,
  assessment: StoredAssessment,
  userId: string,
): Promise<AssessmentAccess> {
  const isRespondent = respondentOf(assessment) === userId;
  const isLead = (await findRolesInTeam(db, assessment.teamId, userId)).includes('lead');
  const canSee =
    isRespondent || isLead || assessment.memberUserId === userId || assessment.assessorUserId === userId;
  return { canSee, isLead, isRespondent };
}

/** The assessment if the caller may see it; otherwise it is "not found", so existence does not leak. */
async function visibleAssessment(
  db: Executor,
  assessmentId: string,
  userId: string,
): Promise<{ assessment: StoredAssessment; access: AssessmentAccess }> {
  const assessment = await findAssessment(db, assessmentId);
  if (!assessment) throw assessmentNotFound();
  const access = await accessTo(db, assessment, userId);
  if (!access.canSee) throw assessmentNotFound();
  return { assessment, access };
}

async function frameworkVersionOf(db: Executor, versionId: string): Promise<StoredFrameworkVersion> {
  const version = await findFrameworkVersion(db, versionId);
  // The round's foreign key keeps its version in place; a missing one is a broken database.
  if (!version) throw new Error(`framework version ${versionId} of a round is missing`);
  return version;
}

function roundStatusOf(context: AppContext, assessment: StoredAssessment) {
  return roundStatusOn(assessment.round, utcDateOf(context.clock.now()));
}

function requireRespondent(access: AssessmentAccess): void {
  if (!access.isRespondent) {
    throw forbidden('Only the person who answers this assessment can change or submit it.');
  }
}

const assessmentSubmitted = () =>
  new ConflictError(
    'This assessment has been submitted and is read-only until a team lead reopens it.',
    [],
    'assessment_submitted',
  );
const assessmentNotSubmitted = () =>
  new ConflictError(
    'This assessment has not been submitted, so there is nothing to reopen.',
    [],
    'assessment_not_submitted',
  );

function requireAnswerable(context: AppContext, assessment: StoredAssessment): void {
  if (assessment.status === 'submitted') throw assessmentSubmitted();
  const status = roundStatusOf(context, assessment);
  if (status !== 'open') {
    throw new ConflictError(
      status === 'upcoming'
        ? `This round opens on ${assessment.round.opensOn}; answers can be given from then.`
        : `This round closed on ${assessment.round.closesOn}; answers can no longer be changed.`,
      [],
      'round_not_open',
    );
  }
}

async function summaryOf(
  db: Executor,
  assessmentId: string,
  framework: AssessmentFramework,
): Promise<AssessmentSummary> {
  const assessment = (await findAssessment(db, assessmentId))!;
  const ratings = (await listRatings(db, [assessmentId])).get(assessmentId)!;
  return toAssessmentSummary(assessment, progressOf(framework, assessment, ratingsOf(ratings)));
}

/**
 * Stored answers as round results have always read them (a null level, or one off the scale, is
 * N/A), so that a submitted assessment's answer sheet scores exactly as its answer rows did.
 */
function answersAsResultsRead(stored: readonly StoredRating[]): Ratings {
  const ratings = Object.create(null) as Record<string, Rating>;
  for (const { skillKey, level } of stored) ratings[skillKey] = isRatingLevel(level) ? level : NOT_APPLICABLE;
  return ratings;
}

/** The area keys of a framework, its skill keys and category keys by area. */
function keysOfAreas(framework: AssessmentFramework, areaKeys: readonly string[]) {
  const chosen = new Set(areaKeys);
  const skillKeys = new Set<string>();
  const categoryKeys = new Set<string>();
  for (const area of framework.areas) {
    if (!chosen.has(area.key)) continue;
    for (const category of area.categories) {
      categoryKeys.add(category.key);
      for (const skill of category.skills) skillKeys.add(skill.key);
    }
  }
  return { skillKeys, categoryKeys };
}

// ---------------------------------------------------------------------------------------------
// Creating assessments

export async function createAssessment(
  context: AppContext,
  teamId: string,
  roundId: string,
  request: CreateAssessmentRequest,
  actor: Actor,
): Promise<AssessmentSummary> {
  return inTransaction(context.database, async (trx) => {
    const round = await findRound(trx, teamId, roundId);
    if (!round) throw roundNotFound();
    if (roundStatusOn(round, utcDateOf(context.clock.now())) === 'closed') {
      throw new ConflictError(
        `This round closed on ${round.closesOn}; no assessments can be added to it.`,
        [],
        'round_closed',
      );
    }
    const member = await findMember(trx, teamId, request.memberId);
    if (!member) {
      throw new InvalidInputError('There is no such member in this team.', [
        { field: 'body.memberId', problem: 'is not a member of this team' },
      ]);
    }
    if (request.mode === 'self') {
      if (request.assessorUserId !== undefined) {
        throw new InvalidInputError(
          'A self-assessment is answered by the member: leave out assessorUserId.',
          [{ field: 'body.assessorUserId', problem: 'must be left out for a self-assessment' }],
        );
      }
      if (member.userId === null) {
        throw new DomainError(
          'unprocessable',
          'member_without_account',
          `${member.name} has no user account to answer a self-assessment with. Link an account to their roster entry first.`,
          [{ field: 'body.memberId', problem: 'has no linked user account' }],
        );
      }
    } else {
      if (request.assessorUserId === undefined) {
        throw new InvalidInputError(`A ${request.mode} assessment needs an assessor.`, [
          { field: 'body.assessorUserId', problem: `is required for a ${request.mode} assessment` },
        ]);
      }
      if (request.assessorUserId === member.userId) {
        throw new InvalidInputError('A member cannot be their own assessor: use a self-assessment.', [
          { field: 'body.assessorUserId', problem: 'is the member themself' },
        ]);
      }
      if ((await findRolesInTeam(trx, teamId, request.assessorUserId)).length === 0) {
        throw new InvalidInputError('The assessor must have a role in this team.', [
          { field: 'body.assessorUserId', problem: 'is not an account with a role in this team' },
        ]);
      }
    }

    const { framework } = await frameworkVersionOf(trx, round.frameworkVersionId);
    let areaKeys: string[];
    if (request.areaKeys !== undefined) {
      const known = new Set(framework.areas.map((area) => area.key));
      const unknown = request.areaKeys.filter((key) => !known.has(key));
      if (unknown.length > 0) {
        throw new InvalidInputError(`The round's framework has no area ${unknown.join(', ')}.`, [
          {
            field: 'body.areaKeys',
            problem: `names areas the framework does not have: ${unknown.join(', ')}`,
          },
        ]);
      }
      // In framework order, each once.
      areaKeys = framework.areas.map((area) => area.key).filter((key) => request.areaKeys!.includes(key));
    } else {
      areaKeys = areasForAssignments({ framework, assignments: member.assignments });
      if (areaKeys.length === 0) {
        throw new DomainError(
          'unprocessable',
          'areas_required',
          `None of ${member.name}'s current or envisioned roles has an area in this framework: choose the areas to assess.`,
          [
            {
              field: 'body.areaKeys',
              problem: 'is required: the member’s roles have no area in this framework',
            },
          ],
        );
      }
    }

    const now = context.clock.now().toISOString();
    const assessmentId = randomUUID();
    const inserted = await insertAssessmentUnlessExists(trx, {
      id: assessmentId,
      round_id: round.id,
      member_id: member.id,
      mode: request.mode,
      assessor_user_id: request.mode === 'self' ? null : request.assessorUserId!,
      area_keys: JSON.stringify(areaKeys),
      status: 'not-started',
      submitted_at: null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
      version: 1,
    });
    if (!inserted) {
      throw new ConflictError(
        `${member.name} already has a ${request.mode} assessment in this round.`,
        [
          {
            field: 'body.mode',
            problem: 'already has an assessment of this mode for this member in this round',
          },
        ],
        'assessment_exists',
      );
    }
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId,
      action: 'assessment.created',
      entityType: 'assessment',
      entityId: assessmentId,
      changes: {
        roundId: round.id,
        memberId: member.id,
        mode: request.mode,
        areaKeys,
        assessorUserId: request.assessorUserId ?? null,
      },
      ip: actor.ip,
    });
    return summaryOf(trx, assessmentId, framework);
  });
}

// ---------------------------------------------------------------------------------------------
// Reading

export async function getAssessment(
  context: AppContext,
  assessmentId: string,
  userId: string,
  language: SupportedLanguage = 'en',
): Promise<AssessmentDetail> {
  const db = context.database.db;
  const { assessment, access } = await visibleAssessment(db, assessmentId, userId);
  const version = await frameworkVersionOf(db, assessment.round.frameworkVersionId);
  const stored = (await listRatings(db, [assessment.id])).get(assessment.id)!;
  const comments = await listComments(db, assessment.id);
  const progress = progressOf(version.framework, assessment, ratingsOf(stored));
  const roundStatus = roundStatusOf(context, assessment);
  const submitted = assessment.status === 'submitted';
  return {
    ...toAssessmentSummary(assessment, progress),
    round: {
      id: assessment.round.id,
      name: assessment.round.name,
      status: roundStatus,
      opensOn: assessment.round.opensOn,
      closesOn: assessment.round.closesOn,
    },
    framework: translateFramework(version.document, language),
    ratings: stored.map(toSavedRating),
    comments,
    progress,
    canAnswer: access.isRespondent && roundStatus === 'open' && !submitted,
    canReopen: access.isLead && submitted && roundStatus === 'open',
  };
}

function toSavedRating(rating: StoredRating) {
  return { skillKey: rating.skillKey, level: rating.level, updatedAt: rating.updatedAt };
}

/** The assessments the caller answers, newest round first, with what to list them under. */
export async function getMyAssessments(context: AppContext, userId: string): Promise<MyAssessment[]> {
  const db = context.database.db;
  const assessments = await listAssessmentsAnsweredBy(db, userId);
  const ratings = await listRatings(
    db,
    assessments.map((assessment) => assessment.id),
  );
  const frameworks = new Map<string, AssessmentFramework>();
  for (const versionId of new Set(assessments.map((assessment) => assessment.round.frameworkVersionId))) {
    frameworks.set(versionId, (await frameworkVersionOf(db, versionId)).framework);
  }
  return assessments.map((assessment) => ({
    ...toAssessmentSummary(
      assessment,
      progressOf(
        frameworks.get(assessment.round.frameworkVersionId)!,
        assessment,
        ratingsOf(ratings.get(assessment.id)!),
      ),
    ),
    roundName: assessment.round.name,
    roundStatus: roundStatusOf(context, assessment),
    roundClosesOn: assessment.round.closesOn,
    teamName: assessment.teamName,
  }));
}

// ---------------------------------------------------------------------------------------------
// Answering

/** When a skill is sent twice, the answer given last counts (by changedAt, else by position). */
function lastAnswerPerSkill(ratings: SaveRatingsRequest['ratings']): SaveRatingsRequest['ratings'] {
  const bySkill = new Map<string, SaveRatingsRequest['ratings'][number]>();
  for (const rating of ratings) {
    const earlier = bySkill.get(rating.skillKey);
    const older =
      earlier?.changedAt !== undefined &&
      rating.changedAt !== undefined &&
      Date.parse(rating.changedAt) < Date.parse(earlier.changedAt);
    if (!older) bySkill.set(rating.skillKey, rating);
  }
  return [...bySkill.values()];
}

/**
 * Saves some answers and category comments, all or none. An answer kept offline (with changedAt)
 * that is older than the one on the server is not applied; the newer one comes back in
 * `superseded`. The stored time of an answer is the server's, so clocks of devices never mix.
 */
export async function saveRatings(
  context: AppContext,
  assessmentId: string,
  request: SaveRatingsRequest,
  actor: Actor & { userId: string },
): Promise<SaveRatingsResponse> {
  return inTransaction(context.database, async (trx) => {
    const { assessment, access } = await visibleAssessment(trx, assessmentId, actor.userId);
    requireRespondent(access);
    requireAnswerable(context, assessment);
    const { framework } = await frameworkVersionOf(trx, assessment.round.frameworkVersionId);

    const { skillKeys, categoryKeys } = keysOfAreas(framework, assessment.areaKeys);
    const problems: FieldProblem[] = [];
    request.ratings.forEach((rating, index) => {
      if (!skillKeys.has(rating.skillKey)) {
        problems.push({
          field: `body.ratings.${index}.skillKey`,
          problem: `${rating.skillKey} is not a skill of this assessment's areas`,
        });
      }
    });
    request.comments.forEach((comment, index) => {
      if (!categoryKeys.has(comment.categoryKey)) {
        problems.push({
          field: `body.comments.${index}.categoryKey`,
          problem: `${comment.categoryKey} is not a category of this assessment's areas`,
        });
      }
    });
    if (problems.length > 0) {
      throw new InvalidInputError(
        `Nothing was saved: ${problems.length} answer(s) do not belong to this assessment.`,
        problems.slice(0, MISSING_ANSWERS_LISTED),
      );
    }

    const now = context.clock.now().toISOString();
    const superseded: StoredRating[] = [];
    if (request.ratings.length > 0 || request.comments.length > 0) {
      // First, so that a concurrent save or submit of the same assessment waits for this one.
      if (!(await markAnswering(trx, assessment.id, now))) throw assessmentSubmitted();
      const stored = new Map(
        (await listRatings(trx, [assessment.id]))
          .get(assessment.id)!
          .map((rating) => [rating.skillKey, rating]),
      );
      const toWrite: { skillKey: string; level: number | null }[] = [];
      for (const rating of lastAnswerPerSkill(request.ratings)) {
        const current = stored.get(rating.skillKey);
        if (
          current !== undefined &&
          rating.changedAt !== undefined &&
          Date.parse(current.updatedAt) > Date.parse(rating.changedAt)
        ) {
          superseded.push(current);
          continue;
        }
        toWrite.push({ skillKey: rating.skillKey, level: rating.level });
      }
      await upsertRatings(trx, assessment.id, toWrite, now, actor.userId);

      const comments = new Map(
        request.comments.map((comment) => [comment.categoryKey, comment.comment.trim()]),
      );
      const cleared = [...comments]
        .filter(([, comment]) => comment === '')
        .map(([categoryKey]) => categoryKey);
      const given = [...comments]
        .filter(([, comment]) => comment !== '')
        .map(([categoryKey, comment]) => ({ categoryKey, comment }));
      await deleteComments(trx, assessment.id, cleared);
      await upsertComments(trx, assessment.id, given, now);
    }

    const saved = (await findAssessment(trx, assessment.id))!;
    const ratings = ratingsOf((await listRatings(trx, [assessment.id])).get(assessment.id)!);
    const progress = progressOf(framework, saved, ratings);
    return {
      assessment: toAssessmentSummary(saved, progress),
      progress,
      superseded: superseded.map(toSavedRating),
    };
  });
}

export async function submitAssessment(
  context: AppContext,
  assessmentId: string,
  actor: Actor & { userId: string },
): Promise<AssessmentSummary> {
  return inTransaction(context.database, async (trx) => {
    const { assessment, access } = await visibleAssessment(trx, assessmentId, actor.userId);
    requireRespondent(access);
    requireAnswerable(context, assessment);
    const { framework } = await frameworkVersionOf(trx, assessment.round.frameworkVersionId);
    const stored = (await listRatings(trx, [assessment.id])).get(assessment.id)!;
    const ratings = ratingsOf(stored);
    const { missing } = checkSubmission({ framework, areaKeys: assessment.areaKeys, ratings });
    if (missing.length > 0) {
      throw new DomainError(
        'unprocessable',
        'assessment_incomplete',
        `${missing.length} skill(s) are not answered yet: rate each one or mark it N/A, then submit.`,
        missing
          .slice(0, MISSING_ANSWERS_LISTED)
          .map((skillKey) => ({ field: `ratings.${skillKey}`, problem: 'not answered' })),
      );
    }
    const now = context.clock.now().toISOString();
    if (!(await markSubmitted(trx, assessment.id, now))) throw assessmentSubmitted();
    // The answers are frozen until a lead reopens the assessment: results read them from here.
    await saveAnswerSheet(trx, {
      assessmentId: assessment.id,
      frameworkVersionId: assessment.round.frameworkVersionId,
      answers: answerSheetOf({ framework, ratings: answersAsResultsRead(stored) }),
      at: now,
    });
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId: assessment.teamId,
      action: 'assessment.submitted',
      entityType: 'assessment',
      entityId: assessment.id,
      // Never the answers themselves: the audit log is read by people who may not see them.
      changes: { memberId: assessment.memberId, mode: assessment.mode },
      ip: actor.ip,
    });
    return summaryOf(trx, assessment.id, framework);
  });
}

/**
 * Makes a submitted assessment answerable again. Only while the round is open: reopening in a
 * closed round would take the answers out of the results with no way to submit them again.
 */
export async function reopenAssessment(
  context: AppContext,
  assessmentId: string,
  actor: Actor & { userId: string },
): Promise<AssessmentSummary> {
  return inTransaction(context.database, async (trx) => {
    const { assessment, access } = await visibleAssessment(trx, assessmentId, actor.userId);
    if (!access.isLead) throw forbidden('Only a lead of the team can reopen an assessment.');
    if (assessment.status !== 'submitted') throw assessmentNotSubmitted();
    if (roundStatusOf(context, assessment) !== 'open') {
      throw new ConflictError(
        `This round closed on ${assessment.round.closesOn}; a submitted assessment stays as it is.`,
        [],
        'round_not_open',
      );
    }
    const now = context.clock.now().toISOString();
    if (!(await markReopened(trx, assessment.id, now))) throw assessmentNotSubmitted();
    await deleteAnswerSheet(trx, assessment.id);
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId: assessment.teamId,
      action: 'assessment.reopened',
      entityType: 'assessment',
      entityId: assessment.id,
      changes: { memberId: assessment.memberId, mode: assessment.mode },
      ip: actor.ip,
    });
    const { framework } = await frameworkVersionOf(trx, assessment.round.frameworkVersionId);
    return summaryOf(trx, assessment.id, framework);
  });
}
