import { sql } from 'kysely';
import type { AssessmentTable } from '../../db/schema.js';
import type { Executor } from '../../db/transaction.js';

/** Rows per statement: well under SQLite's and PostgreSQL's limits on bound parameters. */
const CHUNK = 500;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** Sets the areas of an assessment that is not submitted (an import answers the areas it maps). */
export async function replaceAreaKeys(
  db: Executor,
  assessmentId: string,
  areaKeys: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('assessment')
    .set((eb) => ({ area_keys: areaKeys, updated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', assessmentId)
    .where('status', '!=', 'submitted')
    .execute();
}

/**
 * Inserts many assessments, a few hundred per statement, skipping any whose member already has
 * one of that mode in the round. Returns how many were inserted.
 */
export async function insertAssessmentsUnlessExist(
  db: Executor,
  rows: readonly AssessmentTable[],
): Promise<number> {
  let inserted = 0;
  for (const chunk of chunks(rows)) {
    const result = await db
      .insertInto('assessment')
      .values(chunk)
      .onConflict((conflict) => conflict.columns(['round_id', 'member_id', 'mode']).doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

/** Writes the answers of many assessments, a few hundred per statement (replacing any earlier). */
export async function upsertRatingsOfMany(
  db: Executor,
  ratings: readonly { assessmentId: string; skillKey: string; level: number | null }[],
  at: string,
  userId: string | null,
): Promise<void> {
  for (const chunk of chunks(ratings, 1000)) {
    await db
      .insertInto('assessment_rating')
      .values(
        chunk.map((rating) => ({
          assessment_id: rating.assessmentId,
          skill_key: rating.skillKey,
          level: rating.level,
          updated_at: at,
          updated_by: userId,
        })),
      )
      .onConflict((conflict) =>
        conflict.columns(['assessment_id', 'skill_key']).doUpdateSet({
          level: sql`excluded.level`,
          updated_at: sql`excluded.updated_at`,
          updated_by: sql`excluded.updated_by`,
        }),
      )
      .execute();
  }
}

/** Stores the answer sheets of many submitted assessments, a few hundred per statement. */
export async function saveAnswerSheets(
  db: Executor,
  sheets: readonly { assessmentId: string; frameworkVersionId: string; answers: string; at: string }[],
): Promise<void> {
  for (const chunk of chunks(sheets)) {
    await db
      .insertInto('assessment_answer_sheet')
      .values(
        chunk.map((sheet) => ({
          assessment_id: sheet.assessmentId,
          framework_version_id: sheet.frameworkVersionId,
          answers: sheet.answers,
          created_at: sheet.at,
        })),
      )
      .onConflict((conflict) =>
        conflict.column('assessment_id').doUpdateSet({
          framework_version_id: sql`excluded.framework_version_id`,
          answers: sql`excluded.answers`,
          created_at: sql`excluded.created_at`,
        }),
      )
      .execute();
  }
}
