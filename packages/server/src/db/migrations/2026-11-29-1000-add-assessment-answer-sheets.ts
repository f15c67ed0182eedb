import type { Kysely } from 'kysely';

/*
 * A submitted assessment's answers, kept as one string: one mark per skill of the round's framework
 * version, in framework order — '0'–'3' a level, 'n' N/A, '-' no answer. Results of a round of
 * thousands of members read one short string per assessment instead of every answer row.
 *
 * The assessments submitted before this migration get their sheet here, written the way the
 * results have always read stored answers (a level outside 0–3 counts as N/A). This file keeps its
 * own copy of that rule so that it never changes with the application code.
 */

const BATCH = 500;

interface DocumentOutline {
  areas?: { categories?: { skills?: { key: string }[] }[] }[];
}

function skillKeysOf(document: string): string[] {
  const outline = JSON.parse(document) as DocumentOutline;
  return (outline.areas ?? []).flatMap((area) =>
    (area.categories ?? []).flatMap((category) => (category.skills ?? []).map((skill) => skill.key)),
  );
}

function markOf(level: number | null | undefined): string {
  if (level === undefined) return '-';
  const value = level === null ? null : Number(level);
  return value === 0 || value === 1 || value === 2 || value === 3 ? String(value) : 'n';
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('assessment_answer_sheet')
    .addColumn('assessment_id', 'varchar(36)', (column) =>
      column.primaryKey().references('assessment.id').onDelete('cascade'),
    )
    .addColumn('framework_version_id', 'varchar(36)', (column) =>
      column.notNull().references('framework_version.id').onDelete('cascade'),
    )
    .addColumn('answers', 'text', (column) => column.notNull())
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .execute();

  const now = new Date().toISOString();
  const rounds = await db
    .selectFrom('assessment_round')
    .innerJoin('framework_version', 'framework_version.id', 'assessment_round.framework_version_id')
    .select([
      'assessment_round.id as round_id',
      'framework_version.id as version_id',
      'framework_version.document',
    ])
    .execute();
  const skillKeysByVersion = new Map<string, string[]>();
  for (const round of rounds) {
    const submitted = await db
      .selectFrom('assessment')
      .select('id')
      .where('round_id', '=', round.round_id)
      .where('status', '=', 'submitted')
      .orderBy('id')
      .execute();
    if (submitted.length === 0) continue;
    let skillKeys = skillKeysByVersion.get(round.version_id);
    if (!skillKeys) {
      skillKeys = skillKeysOf(round.document);
      skillKeysByVersion.set(round.version_id, skillKeys);
    }
    for (let start = 0; start < submitted.length; start += BATCH) {
      const ids: string[] = submitted.slice(start, start + BATCH).map((row) => row.id);
      const answers = new Map<string, Map<string, number | null>>(ids.map((id) => [id, new Map()]));
      const rows = await db
        .selectFrom('assessment_rating')
        .select(['assessment_id', 'skill_key', 'level'])
        .where('assessment_id', 'in', ids)
        .execute();
      for (const row of rows) answers.get(row.assessment_id)?.set(row.skill_key, row.level);
      await db
        .insertInto('assessment_answer_sheet')
        .values(
          ids.map((id) => {
            const given = answers.get(id)!;
            return {
              assessment_id: id,
              framework_version_id: round.version_id,
              answers: skillKeys.map((key) => markOf(given.get(key))).join(''),
              created_at: now,
            };
          }),
        )
        .execute();
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('assessment_answer_sheet').execute();
}
