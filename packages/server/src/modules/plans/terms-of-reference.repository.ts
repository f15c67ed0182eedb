import type { Executor } from '../../db/transaction.js';

/** A position's terms of reference as the team wrote them (a position without a row uses the default). */
export interface StoredTermsOfReference {
  teamId: string;
  roleKey: string;
  purpose: string;
  responsibilities: string[];
  requiredCompetencies: string[];
  reportingLine: string;
  updatedAt: string;
  version: number;
}

export async function listTermsOfReference(
  db: Executor,
  teamId: string,
  roleKey?: string,
): Promise<StoredTermsOfReference[]> {
  let query = db.selectFrom('team_terms_of_reference').selectAll().where('team_id', '=', teamId);
  if (roleKey !== undefined) query = query.where('role_key', '=', roleKey);
  const rows = await query.orderBy('role_key').execute();
  return rows.map((row) => ({
    teamId: row.team_id,
    roleKey: row.role_key,
    purpose: row.purpose,
    responsibilities: JSON.parse(row.responsibilities) as string[],
    requiredCompetencies: JSON.parse(row.required_competencies) as string[],
    reportingLine: row.reporting_line,
    updatedAt: row.updated_at,
    version: Number(row.version),
  }));
}

export interface TermsOfReferenceWrite {
  teamId: string;
  roleKey: string;
  purpose: string;
  responsibilities: readonly string[];
  requiredCompetencies: readonly string[];
  reportingLine: string;
  updatedBy: string | null;
  updatedAt: string;
}

/** The first edit of a default: inserted as version 1 unless someone got there first. */
export async function insertTermsOfReferenceUnlessExists(
  db: Executor,
  tor: TermsOfReferenceWrite,
): Promise<boolean> {
  const result = await db
    .insertInto('team_terms_of_reference')
    .values({
      team_id: tor.teamId,
      role_key: tor.roleKey,
      purpose: tor.purpose,
      responsibilities: JSON.stringify(tor.responsibilities),
      required_competencies: JSON.stringify(tor.requiredCompetencies),
      reporting_line: tor.reportingLine,
      updated_by: tor.updatedBy,
      updated_at: tor.updatedAt,
      version: 1,
    })
    .onConflict((conflict) => conflict.columns(['team_id', 'role_key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function updateTermsOfReferenceIfVersion(
  db: Executor,
  tor: TermsOfReferenceWrite,
  expectedVersion: number,
): Promise<boolean> {
  const result = await db
    .updateTable('team_terms_of_reference')
    .set({
      purpose: tor.purpose,
      responsibilities: JSON.stringify(tor.responsibilities),
      required_competencies: JSON.stringify(tor.requiredCompetencies),
      reporting_line: tor.reportingLine,
      updated_by: tor.updatedBy,
      updated_at: tor.updatedAt,
      version: expectedVersion + 1,
    })
    .where('team_id', '=', tor.teamId)
    .where('role_key', '=', tor.roleKey)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
