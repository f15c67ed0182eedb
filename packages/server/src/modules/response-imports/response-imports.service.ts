import { randomUUID } from 'node:crypto';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import {
  analyseResponses,
  answerSheetOf,
  ConflictError,
  DomainError,
  InvalidInputError,
  NotFoundError,
  responseMappingSchema,
  type AssessmentFramework,
  type ResponseImportAnalysis,
  type ResponseImportPreview,
  type ResponseImportPreviewRequest,
  type ResponseImportResult,
  type ResponseMapping,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import type { AssessmentTable } from '../../db/schema.js';
import { inTransaction, type Executor } from '../../db/transaction.js';
import { appendAuditEvent } from '../audit/audit.repository.js';
import type { Actor } from '../audit/audit-context.js';
import { findFrameworkVersion } from '../frameworks/framework-versions.repository.js';
import {
  insertAssessmentsUnlessExist,
  markSubmitted,
  saveAnswerSheets,
  upsertRatingsOfMany,
} from '../assessments/assessments.repository.js';
import { findRound, type StoredRound } from '../assessments/rounds.repository.js';
import { roundNotFound } from '../assessments/rounds.service.js';
import { listRoles } from '../team-structure/team-structure.repository.js';
import { replaceAreaKeys } from './response-imports.repository.js';

/** The most response rows one import reads. */
export const MAX_RESPONSE_ROWS = 20_000;
/** The most problems listed in a refusal's details; the rows of the report carry all of them. */
const PROBLEMS_LISTED = 200;

/** Reads the CSV text into records (header first); a malformed CSV is the caller's 400. */
function readCsv(text: string): string[][] {
  let records: string[][];
  try {
    records = parseCsv(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      relax_quotes: true,
      trim: false,
      max_record_size: 1_000_000,
    }) as string[][];
  } catch (error) {
    throw new InvalidInputError('The CSV could not be read.', [
      { field: 'body.csv', problem: error instanceof Error ? error.message.slice(0, 300) : 'is not CSV' },
    ]);
  }
  if (records.length === 0) {
    throw new InvalidInputError('The CSV is empty.', [{ field: 'body.csv', problem: 'has no header line' }]);
  }
  if (records.length - 1 > MAX_RESPONSE_ROWS) {
    throw new InvalidInputError(`The CSV has more than ${MAX_RESPONSE_ROWS} response rows.`, [
      { field: 'body.csv', problem: `must have at most ${MAX_RESPONSE_ROWS} rows` },
    ]);
  }
  return records;
}

/** Reads the mapping (YAML, or JSON which is YAML too) and checks its shape. */
export function readMapping(text: string): ResponseMapping {
  let document: unknown;
  try {
    document = parseYaml(text, { maxAliasCount: 50, uniqueKeys: true });
  } catch (error) {
    throw new InvalidInputError('The mapping is not valid YAML or JSON.', [
      {
        field: 'body.mapping',
        problem: error instanceof Error ? error.message.slice(0, 300) : 'is not YAML',
      },
    ]);
  }
  const parsed = responseMappingSchema.safeParse(document);
  if (!parsed.success) {
    throw new InvalidInputError(
      'The mapping does not have the expected shape (see docs/response-import.md).',
      parsed.error.issues.slice(0, PROBLEMS_LISTED).map((issue) => ({
        field: ['body.mapping', ...issue.path.map(String)].join('.'),
        problem: issue.message,
      })),
    );
  }
  return parsed.data;
}

const submittedMeanwhile = () =>
  new ConflictError(
    'A self-assessment of one of these members was added or submitted while the import ran: preview again.',
    [],
    'assessment_exists',
  );

/** The team a round belongs to, for callers (the CLI) that only know the round. */
export async function teamOfRound(context: AppContext, roundId: string): Promise<string> {
  const row = await context.database.db
    .selectFrom('assessment_round')
    .select('team_id')
    .where('id', '=', roundId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('There is no such round.', 'round_not_found');
  return row.team_id;
}

async function analyse(
  context: AppContext,
  db: Executor,
  teamId: string,
  roundId: string,
  request: ResponseImportPreviewRequest,
): Promise<{ round: StoredRound; framework: AssessmentFramework; analysis: ResponseImportAnalysis }> {
  const round = await findRound(db, teamId, roundId);
  if (!round) throw roundNotFound();
  const mapping = readMapping(request.mapping);
  const records = readCsv(request.csv);
  const version = await findFrameworkVersion(db, round.frameworkVersionId);
  if (!version) throw new Error(`framework version ${round.frameworkVersionId} of a round is missing`);

  const members = await db
    .selectFrom('team_member')
    .leftJoin('user_account', 'user_account.id', 'team_member.user_id')
    .select(['team_member.id', 'team_member.name', 'team_member.user_id', 'user_account.email'])
    .where('team_member.team_id', '=', teamId)
    .execute();
  const selfAssessments = await db
    .selectFrom('assessment')
    .select(['member_id', 'status'])
    .where('round_id', '=', round.id)
    .where('mode', '=', 'self')
    .execute();
  const analysis = analyseResponses({
    mapping,
    framework: version.framework,
    roster: members.map((member) => ({
      memberId: member.id,
      name: member.name,
      email: member.email,
      userId: member.user_id,
    })),
    records,
    selfAssessments: new Map(selfAssessments.map((row) => [row.member_id, { status: row.status }])),
    roleKeys: (await listRoles(db)).map((role) => role.key),
    now: context.clock.now(),
  });
  return { round, framework: version.framework, analysis };
}

function previewOf({ importable: _importable, ...preview }: ResponseImportAnalysis): ResponseImportPreview {
  return preview;
}

/** What an import of these responses would do, row by row; writes nothing. */
export async function previewResponseImport(
  context: AppContext,
  teamId: string,
  roundId: string,
  request: ResponseImportPreviewRequest,
): Promise<ResponseImportPreview> {
  const { analysis } = await analyse(context, context.database.db, teamId, roundId, request);
  return previewOf(analysis);
}

/**
 * Creates and submits a self-assessment for each valid row, all in one transaction. Refused
 * (nothing written) when the mapping has a problem, or when a row is invalid and the caller did
 * not choose to skip invalid rows.
 */
export async function importResponses(
  context: AppContext,
  teamId: string,
  roundId: string,
  request: ResponseImportPreviewRequest & { skipInvalidRows?: boolean },
  actor: Actor,
  onProgress?: (done: number, total: number) => void,
): Promise<ResponseImportResult> {
  return inTransaction(context.database, async (trx) => {
    const { round, framework, analysis } = await analyse(context, trx, teamId, roundId, request);
    const problems = [
      ...analysis.mappingProblems,
      ...(request.skipInvalidRows ? [] : analysis.rows.flatMap((row) => row.problems)),
    ];
    if (problems.length > 0 || analysis.importable.length === 0) {
      throw new DomainError(
        'unprocessable',
        'responses_invalid',
        analysis.mappingProblems.length > 0
          ? `Nothing was imported: the mapping has ${analysis.mappingProblems.length} problem(s).`
          : analysis.importable.length === 0
            ? 'Nothing was imported: no row is valid.'
            : `Nothing was imported: ${analysis.counts.invalid} of ${analysis.counts.rows} row(s) are invalid. Fix them, or choose to skip the invalid rows.`,
        problems.slice(0, PROBLEMS_LISTED).map((problem) => ({
          field: problem.row === null ? 'body.mapping' : `body.csv.row.${problem.row}`,
          problem: `${problem.column === null ? '' : `column "${problem.column}": `}${problem.message}`,
        })),
      );
    }

    const now = context.clock.now().toISOString();
    const areaKeys = JSON.stringify(analysis.areaKeys);
    const existing = new Map(
      (
        await trx
          .selectFrom('assessment')
          .select(['id', 'member_id'])
          .where('round_id', '=', round.id)
          .where('mode', '=', 'self')
          .execute()
      ).map((row) => [row.member_id, row.id]),
    );
    // Rows of members who started a self-assessment take it over, one by one; all others are
    // written a few hundred per statement, so thousands of rows import in seconds.
    const fresh: AssessmentTable[] = [];
    const ratings: { assessmentId: string; skillKey: string; level: number | null }[] = [];
    const sheets: { assessmentId: string; frameworkVersionId: string; answers: string; at: string }[] = [];
    const assessmentIds: string[] = [];
    let done = 0;
    const total = analysis.importable.length;
    for (const response of analysis.importable) {
      const submittedAt = response.answeredAt ?? now;
      const started = existing.get(response.memberId);
      const assessmentId = started ?? randomUUID();
      if (started === undefined) {
        fresh.push({
          id: assessmentId,
          round_id: round.id,
          member_id: response.memberId,
          mode: 'self',
          assessor_user_id: null,
          area_keys: areaKeys,
          status: 'submitted',
          submitted_at: submittedAt,
          created_by: actor.userId,
          created_at: now,
          updated_at: now,
          version: 1,
        });
      }
      for (const [skillKey, rating] of Object.entries(response.ratings)) {
        ratings.push({ assessmentId, skillKey, level: typeof rating === 'number' ? rating : null });
      }
      sheets.push({
        assessmentId,
        frameworkVersionId: round.frameworkVersionId,
        answers: answerSheetOf({ framework, ratings: response.ratings }),
        at: submittedAt,
      });
      assessmentIds.push(assessmentId);
      if (started !== undefined) {
        await replaceAreaKeys(trx, started, areaKeys, now);
        if (!(await markSubmitted(trx, started, submittedAt))) throw submittedMeanwhile();
      }
    }
    if ((await insertAssessmentsUnlessExist(trx, fresh)) !== fresh.length) throw submittedMeanwhile();
    // Progress is reported as the answers, the bulk of the writing, go in.
    const step = Math.max(1, Math.ceil(ratings.length / Math.max(1, Math.ceil(total / 100))));
    for (let start = 0; start < ratings.length; start += step) {
      await upsertRatingsOfMany(trx, ratings.slice(start, start + step), now, actor.userId);
      done = Math.min(total, Math.round(((start + step) / ratings.length) * total));
      onProgress?.(done, total);
    }
    await saveAnswerSheets(trx, sheets);
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId,
      action: 'assessment.responses-imported',
      entityType: 'assessment_round',
      entityId: round.id,
      // Never the answers themselves: the audit log is read by people who may not see them.
      changes: {
        imported: assessmentIds.length,
        skipped: analysis.counts.invalid,
        areaKeys: analysis.areaKeys,
        memberIds: analysis.importable.map((response) => response.memberId),
      },
      ip: actor.ip,
    });
    return {
      imported: assessmentIds.length,
      skipped: analysis.counts.invalid,
      assessmentIds,
      rows: analysis.rows,
    };
  });
}
