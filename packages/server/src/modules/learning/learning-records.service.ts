import {
  InvalidInputError,
  NotFoundError,
  VersionConflictError,
  pathProgress,
  translateCourse,
  type CreateLearningRecordRequest,
  type LearningRecord,
  type LearningRecordList,
  type SupportedLanguage,
  type UpdateLearningRecordRequest,
} from '@coreteam/core';
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../app-context.js';
import { inTransaction, type Executor } from '../../db/transaction.js';
import { listMemberAssignments } from '../assessment-results/results.repository.js';
import { appendAuditEvent } from '../audit/audit.repository.js';
import type { Actor } from '../audit/audit-context.js';
import {
  courseExists,
  deleteRecordIfVersion,
  findRecord,
  insertRecord,
  listCourses,
  listPathSteps,
  listRecords,
  updateRecordIfVersion,
} from './learning.repository.js';
import {
  accessMemberLearning,
  requireLearningWriter,
  type LearningReader,
} from './member-learning-access.js';

const recordNotFound = () =>
  new NotFoundError('There is no such learning record for this member.', 'learning_record_not_found');

/** The member's records and their progress on the path of each role they hold. */
async function recordsWithProgress(
  db: Executor,
  memberId: string,
  language: SupportedLanguage,
): Promise<LearningRecordList> {
  const records = await listRecords(db, [memberId]);
  const assignments = await listMemberAssignments(db, memberId);
  const paths = await listPathSteps(db, [...new Set(assignments.map((assignment) => assignment.roleKey))]);
  const courses = new Map(
    (await listCourses(db)).map((course) => [course.key, translateCourse(course, language)]),
  );
  const seen = new Set<string>();
  const progress = assignments.flatMap((assignment) => {
    const key = `${assignment.roleKey} ${assignment.subRoleKey ?? ''}`;
    const steps = paths.get(assignment.roleKey);
    if (seen.has(key) || !steps) return [];
    seen.add(key);
    return [
      pathProgress({
        roleKey: assignment.roleKey,
        subRoleKey: assignment.subRoleKey,
        steps,
        courses,
        records,
      }),
    ];
  });
  return { memberId, records, progress };
}

export async function getLearningRecords(
  context: AppContext,
  request: { teamId: string; memberId: string; reader: LearningReader; language: SupportedLanguage },
): Promise<LearningRecordList> {
  const db = context.database.db;
  await accessMemberLearning(db, request.teamId, request.memberId, request.reader);
  return recordsWithProgress(db, request.memberId, request.language);
}

function auditView(record: LearningRecord) {
  return {
    memberId: record.memberId,
    courseKey: record.courseKey,
    takenOn: record.takenOn,
    completed: record.completed,
    certificate: record.certificate,
  };
}

export async function createLearningRecord(
  context: AppContext,
  request: {
    teamId: string;
    memberId: string;
    reader: LearningReader;
    body: CreateLearningRecordRequest;
    language: SupportedLanguage;
  },
  actor: Actor,
): Promise<LearningRecordList> {
  return inTransaction(context.database, async (trx) => {
    const access = await accessMemberLearning(trx, request.teamId, request.memberId, request.reader);
    requireLearningWriter(access);
    const { body } = request;
    if (!(await courseExists(trx, body.courseKey))) {
      throw new InvalidInputError(
        'The record was not saved: body.courseKey is not a course of the catalogue.',
        [{ field: 'body.courseKey', problem: 'is not a course of the catalogue' }],
        'unknown_course',
      );
    }
    const now = context.clock.now().toISOString();
    const id = randomUUID();
    await insertRecord(trx, {
      id,
      member_id: request.memberId,
      course_key: body.courseKey,
      taken_on: body.takenOn,
      completed: body.completed ? 1 : 0,
      certificate: body.certificate ? 1 : 0,
      plan_activity_id: null,
      note: body.note,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
      version: 1,
    });
    const saved = (await findRecord(trx, request.memberId, id))!;
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId: request.teamId,
      action: 'learning_record.created',
      entityType: 'learning_record',
      entityId: id,
      changes: auditView(saved),
      ip: actor.ip,
    });
    return recordsWithProgress(trx, request.memberId, request.language);
  });
}

export async function updateLearningRecord(
  context: AppContext,
  request: {
    teamId: string;
    memberId: string;
    recordId: string;
    reader: LearningReader;
    body: UpdateLearningRecordRequest;
  },
  actor: Actor,
): Promise<LearningRecord> {
  return inTransaction(context.database, async (trx) => {
    const access = await accessMemberLearning(trx, request.teamId, request.memberId, request.reader);
    requireLearningWriter(access);
    const current = await findRecord(trx, request.memberId, request.recordId);
    if (!current) throw recordNotFound();
    const { version, ...changes } = request.body;
    if (current.version !== version) throw new VersionConflictError('learning record', current);
    const updated = await updateRecordIfVersion(trx, current.id, version, {
      ...(changes.takenOn !== undefined ? { taken_on: changes.takenOn } : {}),
      ...(changes.completed !== undefined ? { completed: changes.completed ? 1 : 0 } : {}),
      ...(changes.certificate !== undefined ? { certificate: changes.certificate ? 1 : 0 } : {}),
      ...(changes.note !== undefined ? { note: changes.note } : {}),
      updated_at: context.clock.now().toISOString(),
    });
    if (!updated) {
      throw new VersionConflictError('learning record', await findRecord(trx, request.memberId, current.id));
    }
    const saved = (await findRecord(trx, request.memberId, current.id))!;
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId: request.teamId,
      action: 'learning_record.updated',
      entityType: 'learning_record',
      entityId: current.id,
      changes: { fields: Object.keys(changes), ...auditView(saved) },
      ip: actor.ip,
    });
    return saved;
  });
}

export async function deleteLearningRecord(
  context: AppContext,
  request: { teamId: string; memberId: string; recordId: string; version: number; reader: LearningReader },
  actor: Actor,
): Promise<void> {
  await inTransaction(context.database, async (trx) => {
    const access = await accessMemberLearning(trx, request.teamId, request.memberId, request.reader);
    requireLearningWriter(access);
    const current = await findRecord(trx, request.memberId, request.recordId);
    if (!current) throw recordNotFound();
    if (
      current.version !== request.version ||
      !(await deleteRecordIfVersion(trx, current.id, request.version))
    ) {
      throw new VersionConflictError('learning record', current);
    }
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId: request.teamId,
      action: 'learning_record.deleted',
      entityType: 'learning_record',
      entityId: current.id,
      changes: auditView(current),
      ip: actor.ip,
    });
  });
}
