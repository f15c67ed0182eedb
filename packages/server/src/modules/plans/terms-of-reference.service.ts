import {
  CORE_POSITION_KEYS,
  DEFAULT_TERMS_OF_REFERENCE,
  isCorePositionKey,
  NotFoundError,
  VersionConflictError,
  type PutTermsOfReferenceRequest,
  type Role,
  type TermsOfReference,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { inTransaction, type Executor } from '../../db/transaction.js';
import { appendAuditEvent } from '../audit/audit.repository.js';
import type { Actor } from '../audit/audit-context.js';
import { findRole, listRoles, readRoleNames } from '../team-structure/team-structure.repository.js';
import {
  insertTermsOfReferenceUnlessExists,
  listTermsOfReference,
  updateTermsOfReferenceIfVersion,
  type StoredTermsOfReference,
} from './terms-of-reference.repository.js';

const roleNotFound = () => new NotFoundError('There is no such role.', 'role_not_found');

/**
 * What a position's terms of reference say before the team edits them: the written default for a
 * core position; for any other role of the catalogue, its description as the purpose and nothing else.
 */
function defaultTermsOf(teamId: string, role: Pick<Role, 'key' | 'description'>): TermsOfReference {
  const text = isCorePositionKey(role.key)
    ? DEFAULT_TERMS_OF_REFERENCE[role.key]
    : { purpose: role.description, responsibilities: [], requiredCompetencies: [], reportingLine: '' };
  return {
    teamId,
    roleKey: role.key,
    purpose: text.purpose,
    responsibilities: [...text.responsibilities],
    requiredCompetencies: [...text.requiredCompetencies],
    reportingLine: text.reportingLine,
    isDefault: true,
    version: 0,
    updatedAt: null,
  };
}

function fromStored(stored: StoredTermsOfReference): TermsOfReference {
  return { ...stored, isDefault: false };
}

/**
 * The team's terms of reference: every core position (edited or default), then any other role
 * the team has written terms for, each with the name the team gives the role.
 */
export async function termsOfReferenceOf(
  db: Executor,
  teamId: string,
): Promise<(TermsOfReference & { roleName: string })[]> {
  const roles = await listRoles(db);
  const names = await readRoleNames(db, teamId);
  const written = new Map((await listTermsOfReference(db, teamId)).map((tor) => [tor.roleKey, tor]));
  const keys = [
    ...CORE_POSITION_KEYS,
    ...roles.map((role) => role.key).filter((key) => !isCorePositionKey(key) && written.has(key)),
  ];
  return keys.flatMap((key) => {
    const role = roles.find((candidate) => candidate.key === key);
    const stored = written.get(key);
    const tor = stored ? fromStored(stored) : role ? defaultTermsOf(teamId, role) : undefined;
    if (!tor) return [];
    return [{ ...tor, roleName: names[key] ?? role?.name ?? key }];
  });
}

export async function listTeamTermsOfReference(
  context: AppContext,
  teamId: string,
): Promise<TermsOfReference[]> {
  const all = await termsOfReferenceOf(context.database.db, teamId);
  return all.map(({ roleName: _roleName, ...tor }) => tor);
}

async function currentTerms(db: Executor, teamId: string, roleKey: string): Promise<TermsOfReference> {
  const role = await findRole(db, roleKey);
  if (!role) throw roleNotFound();
  const [stored] = await listTermsOfReference(db, teamId, roleKey);
  return stored ? fromStored(stored) : defaultTermsOf(teamId, role);
}

export async function getTermsOfReference(
  context: AppContext,
  teamId: string,
  roleKey: string,
): Promise<TermsOfReference> {
  return currentTerms(context.database.db, teamId, roleKey);
}

/**
 * Replaces a position's terms. The first edit of a default carries version 0 and stores version 1;
 * after that each edit carries the version it read.
 */
export async function putTermsOfReference(
  context: AppContext,
  teamId: string,
  roleKey: string,
  request: PutTermsOfReferenceRequest,
  actor: Actor,
): Promise<TermsOfReference> {
  return inTransaction(context.database, async (trx) => {
    const current = await currentTerms(trx, teamId, roleKey);
    if (request.version !== current.version) throw new VersionConflictError('terms of reference', current);
    const write = {
      teamId,
      roleKey,
      purpose: request.purpose,
      responsibilities: request.responsibilities,
      requiredCompetencies: request.requiredCompetencies,
      reportingLine: request.reportingLine,
      updatedBy: actor.userId,
      updatedAt: context.clock.now().toISOString(),
    };
    const saved =
      current.version === 0
        ? await insertTermsOfReferenceUnlessExists(trx, write)
        : await updateTermsOfReferenceIfVersion(trx, write, current.version);
    if (!saved)
      throw new VersionConflictError('terms of reference', await currentTerms(trx, teamId, roleKey));
    await appendAuditEvent(trx, {
      occurredAt: context.clock.now(),
      actorUserId: actor.userId,
      teamId,
      action: 'terms_of_reference.updated',
      entityType: 'terms_of_reference',
      entityId: roleKey,
      changes: { roleKey, version: current.version + 1 },
      ip: actor.ip,
    });
    return currentTerms(trx, teamId, roleKey);
  });
}
