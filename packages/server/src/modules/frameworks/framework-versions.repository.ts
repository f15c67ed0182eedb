import {
  frameworkDocumentSchema,
  type AssessmentFramework,
  type CategoryTarget,
  type FrameworkDocument,
} from '@coreteam/core';
import type { Executor } from '../../db/transaction.js';
import type { FrameworkVersionRow } from '../../db/schema.js';

/** A stored framework version, ready for the domain core: the framework and its targets. */
export interface StoredFrameworkVersion {
  id: string;
  frameworkId: string;
  number: number;
  frozen: boolean;
  skillCount: number;
  createdAt: string;
  document: FrameworkDocument;
  framework: AssessmentFramework;
  targets: CategoryTarget[];
}

/** The domain's view of a document: the version label is the stored version number. */
export function frameworkOfDocument(document: FrameworkDocument, number: number): AssessmentFramework {
  return {
    key: document.key,
    version: String(number),
    name: document.name,
    description: document.description,
    ratingScale: {
      levels: document.ratingScale.levels.map((level) => ({
        level: level.level as 0 | 1 | 2 | 3,
        name: level.name,
        description: level.description,
      })),
      notApplicable: document.ratingScale.notApplicable,
    },
    areas: document.areas,
  };
}

export function targetsOfDocument(document: FrameworkDocument): CategoryTarget[] {
  return document.targets.map((target) => ({ ...target, level: target.level as 0 | 1 | 2 | 3 }));
}

export function toStoredFrameworkVersion(row: FrameworkVersionRow): StoredFrameworkVersion {
  const document = frameworkDocumentSchema.parse(JSON.parse(row.document));
  const number = Number(row.number);
  return {
    id: row.id,
    frameworkId: row.framework_id,
    number,
    frozen: row.frozen_at !== null,
    skillCount: Number(row.skill_count),
    createdAt: row.created_at,
    document: { ...document, version: String(number) },
    framework: frameworkOfDocument(document, number),
    targets: targetsOfDocument(document),
  };
}

/**
 * Parsed versions by id. A version never changes once written, so a parsed one is kept: a round's
 * results are computed without reparsing a 50 KB document on every request. Bounded, oldest out.
 */
const parsedVersions = new Map<string, StoredFrameworkVersion>();
const PARSED_VERSIONS_KEPT = 200;

export async function findFrameworkVersion(
  db: Executor,
  versionId: string,
): Promise<StoredFrameworkVersion | undefined> {
  const row = await db
    .selectFrom('framework_version')
    .selectAll()
    .where('id', '=', versionId)
    .executeTakeFirst();
  if (!row) return undefined;
  const cached = parsedVersions.get(row.id);
  // frozen_at is the one column that changes; everything the cache holds besides it does not.
  if (cached) return { ...cached, frozen: row.frozen_at !== null };
  const version = toStoredFrameworkVersion(row);
  parsedVersions.set(row.id, version);
  if (parsedVersions.size > PARSED_VERSIONS_KEPT) {
    parsedVersions.delete(parsedVersions.keys().next().value as string);
  }
  return version;
}

/** Marks a version as used by a round: from now on a change makes a new version. */
export async function freezeFrameworkVersion(db: Executor, versionId: string, at: string): Promise<void> {
  await db
    .updateTable('framework_version')
    .set({ frozen_at: at })
    .where('id', '=', versionId)
    .where('frozen_at', 'is', null)
    .execute();
}
