import {
  CORE_POSITION_KEYS,
  DEFAULT_ROLES_CATALOGUE,
  defaultTermsOfReferenceIn,
  isCorePositionKey,
  NotFoundError,
  translateRole,
  VersionConflictError,
  type PutTermsOfReferenceRequest,
  type Role,
  type SupportedLanguage,
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
 * What a position's terms of reference say before the team edits them, in the reader's language:
 * the written default for a core position; for any other role of the catalogue, its description
 * as the purpose and nothing else. The description is translated as the roles catalogue is, so it
 * stays in the admin's words once an admin has rewritten it.
 */
function defaultTermsOf(teamId: string, role: Role, language: SupportedLanguage): TermsOfReference {
  const text = isCorePositionKey(role.key)
    ? defaultTermsOfReferenceIn(role.key, language)
    : {
        purpose: translateRole(role, language, DEFAULT_ROLES_CATALOGUE).description,
        responsibilities: [],
        requiredCompetencies: [],
        reportingLine: '',
      };
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
 * the team has written terms for, each with the name the team gives the role. Defaults are in
 * `language`; terms the team wrote are returned as written.
 */
export async function termsOfReferenceOf(
  db: Executor,
  teamId: string,
  language: SupportedLanguage = 'en',
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
    const tor = stored ? fromStored(stored) : role ? defaultTermsOf(teamId, role, language) : undefined;
    if (!tor) return [];
    const roleName = names[key] ?? (role ? translateRole(role, language, DEFAULT_ROLES_CATALOGUE).name : key);
    return [{ ...tor, roleName }];
  });
}

export async function listTeamTermsOfReference(
  context: AppContext,
  teamId: string,
  language: SupportedLanguage = 'en',
): Promise<TermsOfReference[]> {
  const all = await termsOfReferenceOf(context.database.db, teamId, language);
  return all.map(({ roleName: _roleName, ...tor }) => tor);
}

async function currentTerms(
  db: Executor,
  teamId: string,
  roleKey: string,
  language: SupportedLanguage = 'en',
): Promise<TermsOfReference> {
  const role = await findRole(db, roleKey);
  if (!role) throw roleNotFound();
  const [stored] = await listTermsOfReference(db, teamId, roleKey);
  return stored ? fromStored(stored) : defaultTermsOf(teamId, role, language);
}

export async function getTermsOfReference(
  context: AppContext,
  teamId: string,
  roleKey: string,
  language: SupportedLanguage = 'en',
): Promise<TermsOfReference> {
  return currentTerms(context.database.db, teamId, roleKey, language);
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
