import type { Executor } from '../../db/transaction.js';

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
