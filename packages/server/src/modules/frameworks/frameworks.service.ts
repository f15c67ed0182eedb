import { randomUUID } from 'node:crypto';
import {
  DomainError,
  InvalidInputError,
  NotFoundError,
  validateFramework,
  type CreateFrameworkRequest,
  type CreateFrameworkVersionRequest,
  type FieldProblem,
  type FrameworkDetail,
  type FrameworkDocument,
  type FrameworkSummary,
  type ImportFrameworkRequest,
  type Role,
} from '@coreteam/core';
import type { AppContext } from '../../app-context.js';
import { inTransaction, type Executor } from '../../db/transaction.js';
import { forbidden, teamNotFound } from '../../http/route-access.js';
import { appendAuditEvent } from '../audit/audit.repository.js';
import type { Actor } from '../audit/audit-context.js';
import { listRoles } from '../team-structure/team-structure.repository.js';
import { findRolesInTeam, teamExists } from '../teams/teams.repository.js';
import { findFrameworkVersion, frameworkOfDocument } from './framework-versions.repository.js';
import {
  exportableDocument,
  parseFrameworkFile,
  sameFrameworkContent,
  writeFrameworkFile,
  type FrameworkFileFormat,
} from './framework-files.js';
import {
  advanceFrameworkIfVersion,
  findFramework,
  findFrameworkIdByKey,
  findVersionId,
  insertFramework,
  insertFrameworkVersion,
  listFrameworks,
  listTeamIdsOfUser,
  toFrameworkSummary,
  type FrameworkRecord,
} from './frameworks.repository.js';

/** Who asks: framework routes have no :teamId, so the team check happens here. */
export interface FrameworkCaller extends Actor {
  userId: string;
  systemAdmin: boolean;
}

export const frameworkNotFound = () =>
  new NotFoundError('There is no such framework, or you cannot see it.', 'framework_not_found');

/** Every team's frameworks for system admins; else those every team can use and the caller's teams'. */
async function visibleTeamIds(db: Executor, caller: FrameworkCaller): Promise<string[] | null> {
  return caller.systemAdmin ? null : listTeamIdsOfUser(db, caller.userId);
}

async function mayRead(db: Executor, caller: FrameworkCaller, framework: FrameworkRecord): Promise<boolean> {
  if (framework.teamId === null || caller.systemAdmin) return true;
  return (await findRolesInTeam(db, framework.teamId, caller.userId)).length > 0;
}

/** Leads write their team's frameworks; system admins write any, and alone those of every team. */
async function mayWrite(db: Executor, caller: FrameworkCaller, teamId: string | null): Promise<boolean> {
  if (caller.systemAdmin) return true;
  if (teamId === null) return false;
  return (await findRolesInTeam(db, teamId, caller.userId)).includes('lead');
}

async function readableFramework(
  db: Executor,
  caller: FrameworkCaller,
  frameworkId: string,
): Promise<FrameworkRecord> {
  const framework = await findFramework(db, frameworkId);
  if (!framework || !(await mayRead(db, caller, framework))) throw frameworkNotFound();
  return framework;
}

/** The owner scope a new framework goes to, checked: 403 for someone who may not write there. */
async function checkOwnerScope(db: Executor, caller: FrameworkCaller, teamId: string | null): Promise<void> {
  if (teamId === null && !caller.systemAdmin) {
    throw forbidden('Only a system administrator can add a framework for every team; give your team’s id.');
  }
  if (!(await mayWrite(db, caller, teamId))) {
    throw forbidden('Only a lead of the team can add frameworks to it.');
  }
  if (teamId !== null && !(await teamExists(db, teamId))) {
    throw new InvalidInputError('There is no such team.', [
      { field: 'body.teamId', problem: 'is not a team' },
    ]);
  }
}

const documentPath = (path: string) => path.replace(/\[(\d+)\]/g, '.$1');

/**
 * The framework's problems, from the domain core (structure, keys, texts, role links) and the
 * targets (each for a category of this framework and a role of the catalogue, none repeated).
 */
function frameworkProblems(document: FrameworkDocument, roles: readonly Role[]) {
  const { problems } = validateFramework({ framework: frameworkOfDocument(document, 1), roles });
  const errors: FieldProblem[] = [];
  const warnings: FieldProblem[] = [];
  for (const problem of problems) {
    if (problem.path === 'version') continue; // the server numbers versions itself
    (problem.severity === 'error' ? errors : warnings).push({
      field: documentPath(problem.path),
      problem: problem.problem,
    });
  }
  const categoryKeys = new Set(
    document.areas.flatMap((area) => area.categories.map((category) => category.key)),
  );
  const roleByKey = new Map(roles.map((role) => [role.key, role]));
  const seen = new Set<string>();
  document.targets.forEach((target, index) => {
    const path = `targets.${index}`;
    const role = roleByKey.get(target.roleKey);
    if (!role)
      errors.push({
        field: `${path}.roleKey`,
        problem: `"${target.roleKey}" is not a role of the catalogue`,
      });
    else if (
      target.subRoleKey !== null &&
      !role.subRoles.some((subRole) => subRole.key === target.subRoleKey)
    ) {
      errors.push({
        field: `${path}.subRoleKey`,
        problem: `"${target.subRoleKey}" is not a sub-role of ${role.key}`,
      });
    }
    if (!categoryKeys.has(target.categoryKey)) {
      errors.push({
        field: `${path}.categoryKey`,
        problem: `"${target.categoryKey}" is not a category of this framework`,
      });
    }
    const identity = `${target.roleKey}/${target.subRoleKey ?? ''}/${target.categoryKey}`;
    if (seen.has(identity))
      errors.push({ field: path, problem: 'repeats an earlier target for the same role and category' });
    seen.add(identity);
  });
  return { errors, warnings };
}

/** 400 naming each error under `prefix` (`body.document`, `body.content`); else the warnings. */
async function checkDocument(
  db: Executor,
  document: FrameworkDocument,
  prefix: string,
): Promise<FieldProblem[]> {
  const { errors, warnings } = frameworkProblems(document, await listRoles(db));
  if (errors.length > 0) {
    throw new InvalidInputError(
      `The framework has ${errors.length} problem${errors.length === 1 ? '' : 's'} to fix before it can be saved.`,
      errors.slice(0, 200).map((error) => ({ field: `${prefix}.${error.field}`, problem: error.problem })),
      'invalid_framework',
    );
  }
  return warnings;
}

const skillCountOf = (document: FrameworkDocument) =>
  document.areas.reduce(
    (sum, area) => sum + area.categories.reduce((inner, category) => inner + category.skills.length, 0),
    0,
  );

async function detailOf(
  db: Executor,
  framework: FrameworkRecord,
  versionNumber?: number,
): Promise<FrameworkDetail> {
  const latest = framework.versions[framework.versions.length - 1]!;
  const number = versionNumber ?? latest.number;
  const versionId = await findVersionId(db, framework.id, number);
  const stored = versionId ? await findFrameworkVersion(db, versionId) : undefined;
  if (!stored) {
    throw new NotFoundError(
      `This framework has no version ${number}; its latest is ${latest.number}.`,
      'framework_version_not_found',
    );
  }
  const { warnings } = frameworkProblems(stored.document, await listRoles(db));
  return {
    ...toFrameworkSummary(framework),
    versions: framework.versions,
    selectedVersion: {
      id: stored.id,
      number: stored.number,
      frozen: stored.frozen,
      skillCount: stored.skillCount,
      createdAt: stored.createdAt,
      document: exportableDocument(stored.document, stored.number),
    },
    warnings,
  };
}

export async function getFrameworks(
  context: AppContext,
  caller: FrameworkCaller,
  teamId: string | undefined,
): Promise<FrameworkSummary[]> {
  const db = context.database.db;
  let teamIds = await visibleTeamIds(db, caller);
  if (teamId !== undefined) {
    const mayReadTeam = teamIds === null ? await teamExists(db, teamId) : teamIds.includes(teamId);
    if (!mayReadTeam) throw teamNotFound();
    teamIds = [teamId];
  }
  return (await listFrameworks(db, teamIds)).map(toFrameworkSummary);
}

export async function getFramework(
  context: AppContext,
  caller: FrameworkCaller,
  frameworkId: string,
  versionNumber?: number,
): Promise<FrameworkDetail> {
  const db = context.database.db;
  return detailOf(db, await readableFramework(db, caller, frameworkId), versionNumber);
}

async function latestDocument(db: Executor, framework: FrameworkRecord): Promise<FrameworkDocument> {
  const latest = framework.versions[framework.versions.length - 1]!;
  return (await findFrameworkVersion(db, latest.id))!.document;
}

function keyTaken(key: string, field: string) {
  return new DomainError(
    'conflict',
    'framework_key_taken',
    `A framework with the key "${key}" already exists here. Choose another key.`,
    [{ field, problem: `"${key}" is already the key of another framework of this team` }],
  );
}

/** Writes a new framework and its version 1; the caller has checked the scope and the document. */
async function insertNewFramework(
  trx: Executor,
  context: AppContext,
  {
    teamId,
    document,
    actor,
    source,
  }: {
    teamId: string | null;
    document: FrameworkDocument;
    actor: FrameworkCaller;
    source: Record<string, unknown>;
  },
): Promise<string> {
  const now = context.clock.now().toISOString();
  const frameworkId = randomUUID();
  const versionId = randomUUID();
  await insertFramework(trx, {
    id: frameworkId,
    key: document.key,
    name: document.name,
    description: document.description,
    team_id: teamId,
    built_in: 0,
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
    version: 1,
  });
  await insertFrameworkVersion(trx, {
    id: versionId,
    framework_id: frameworkId,
    number: 1,
    document: JSON.stringify(exportableDocument(document, 1)),
    skill_count: skillCountOf(document),
    frozen_at: null,
    created_by: actor.userId,
    created_at: now,
  });
  await appendAuditEvent(trx, {
    occurredAt: context.clock.now(),
    actorUserId: actor.userId,
    teamId,
    action: 'framework.created',
    entityType: 'framework',
    entityId: frameworkId,
    changes: { key: document.key, name: document.name, skillCount: skillCountOf(document), ...source },
    ip: actor.ip,
  });
  return frameworkId;
}

export async function createFramework(
  context: AppContext,
  caller: FrameworkCaller,
  request: CreateFrameworkRequest,
): Promise<FrameworkDetail> {
  return inTransaction(context.database, async (trx) => {
    await checkOwnerScope(trx, caller, request.teamId);
    let base: FrameworkDocument;
    let source: Record<string, unknown>;
    if (request.basedOnFrameworkId !== undefined) {
      const original = await findFramework(trx, request.basedOnFrameworkId);
      if (!original || !(await mayRead(trx, caller, original))) {
        throw new InvalidInputError(
          'The framework to copy does not exist, or you cannot see it.',
          [{ field: 'body.basedOnFrameworkId', problem: 'is not a framework you can see' }],
          'framework_not_found',
        );
      }
      base = await latestDocument(trx, original);
      source = {
        basedOnFrameworkId: original.id,
        basedOnVersion: original.versions[original.versions.length - 1]!.number,
      };
    } else {
      base = request.document!;
      source = { from: 'document' };
    }
    const document: FrameworkDocument = {
      ...base,
      key: request.key ?? base.key,
      name: request.name ?? base.name,
    };
    const keyField =
      request.key !== undefined || request.basedOnFrameworkId !== undefined
        ? 'body.key'
        : 'body.document.key';
    if (await findFrameworkIdByKey(trx, request.teamId, document.key)) throw keyTaken(document.key, keyField);
    await checkDocument(trx, document, 'body.document');
    const frameworkId = await insertNewFramework(trx, context, {
      teamId: request.teamId,
      document,
      actor: caller,
      source,
    });
    return detailOf(trx, (await findFramework(trx, frameworkId))!);
  });
}

/** 403 unless the caller may add versions to this framework (the built-in one is read-only). */
async function checkMayAddVersion(db: Executor, caller: FrameworkCaller, framework: FrameworkRecord) {
  if (framework.builtIn) {
    throw forbidden(
      'The built-in framework cannot be changed. Make a team copy of it and edit the copy.',
      'framework_read_only',
    );
  }
  if (!(await mayWrite(db, caller, framework.teamId))) {
    throw forbidden(
      framework.teamId === null
        ? 'Only a system administrator can change a framework every team uses.'
        : 'Only a lead of the team can change its frameworks.',
    );
  }
}

/** Writes version N+1 of a framework whose latest version is N; 409 when someone got there first. */
async function appendVersion(
  trx: Executor,
  context: AppContext,
  {
    framework,
    document,
    actor,
    source,
  }: { framework: FrameworkRecord; document: FrameworkDocument; actor: FrameworkCaller; source: string },
): Promise<number> {
  const latest = framework.versions[framework.versions.length - 1]!;
  const number = latest.number + 1;
  const now = context.clock.now().toISOString();
  const advanced = await advanceFrameworkIfVersion(trx, framework.id, framework.version, {
    name: document.name,
    description: document.description,
    updated_at: now,
  });
  if (!advanced) throw await staleVersion(trx, framework.id, latest.number);
  await insertFrameworkVersion(trx, {
    id: randomUUID(),
    framework_id: framework.id,
    number,
    document: JSON.stringify(exportableDocument(document, number)),
    skill_count: skillCountOf(document),
    frozen_at: null,
    created_by: actor.userId,
    created_at: now,
  });
  await appendAuditEvent(trx, {
    occurredAt: context.clock.now(),
    actorUserId: actor.userId,
    teamId: framework.teamId,
    action: 'framework.version_created',
    entityType: 'framework',
    entityId: framework.id,
    changes: { key: framework.key, version: number, skillCount: skillCountOf(document), source },
    ip: actor.ip,
  });
  return number;
}

async function staleVersion(db: Executor, frameworkId: string, basedOnVersion: number): Promise<DomainError> {
  const current = (await findFramework(db, frameworkId))!;
  const latest = current.versions[current.versions.length - 1]!.number;
  return new DomainError(
    'conflict',
    'version_conflict',
    `Someone saved version ${latest} of this framework after you opened version ${basedOnVersion}. Review the latest version and make your change again.`,
    [{ field: 'body.basedOnVersion', problem: `is not the latest version (${latest})` }],
    await detailOf(db, current),
  );
}

export async function createFrameworkVersion(
  context: AppContext,
  caller: FrameworkCaller,
  frameworkId: string,
  request: CreateFrameworkVersionRequest,
): Promise<FrameworkDetail> {
  return inTransaction(context.database, async (trx) => {
    const framework = await readableFramework(trx, caller, frameworkId);
    await checkMayAddVersion(trx, caller, framework);
    const latest = framework.versions[framework.versions.length - 1]!.number;
    if (request.basedOnVersion !== latest)
      throw await staleVersion(trx, framework.id, request.basedOnVersion);
    if (request.document.key !== framework.key) {
      throw new InvalidInputError(
        'The document’s key must stay the framework’s key: a new key makes another framework.',
        [{ field: 'body.document.key', problem: `must be "${framework.key}"` }],
      );
    }
    await checkDocument(trx, request.document, 'body.document');
    const number = await appendVersion(trx, context, {
      framework,
      document: request.document,
      actor: caller,
      source: 'editor',
    });
    return detailOf(trx, (await findFramework(trx, framework.id))!, number);
  });
}

export interface FrameworkFile {
  fileName: string;
  format: FrameworkFileFormat;
  body: string;
}

export async function exportFramework(
  context: AppContext,
  caller: FrameworkCaller,
  frameworkId: string,
  { format, versionNumber }: { format: FrameworkFileFormat; versionNumber?: number },
): Promise<FrameworkFile> {
  const detail = await getFramework(context, caller, frameworkId, versionNumber);
  const { document, number } = detail.selectedVersion;
  return {
    fileName: `${detail.key}-v${number}.${format}`,
    format,
    body: writeFrameworkFile(document, format),
  };
}

/**
 * Reads a YAML or JSON file into the caller's scope: a framework with the file's key there gets a
 * new version (none when the file says what its latest version says: `created` is false); any
 * other key makes a new framework.
 */
export async function importFramework(
  context: AppContext,
  caller: FrameworkCaller,
  request: ImportFrameworkRequest,
): Promise<{ created: boolean; detail: FrameworkDetail }> {
  return inTransaction(context.database, async (trx) => {
    await checkOwnerScope(trx, caller, request.teamId);
    const document = parseFrameworkFile(request.format, request.content);
    const existingId = await findFrameworkIdByKey(trx, request.teamId, document.key);
    if (existingId === undefined) {
      await checkDocument(trx, document, 'body.content');
      const frameworkId = await insertNewFramework(trx, context, {
        teamId: request.teamId,
        document,
        actor: caller,
        source: { from: 'import', format: request.format },
      });
      return { created: true, detail: await detailOf(trx, (await findFramework(trx, frameworkId))!) };
    }
    const framework = (await findFramework(trx, existingId))!;
    if (sameFrameworkContent(await latestDocument(trx, framework), document)) {
      return { created: false, detail: await detailOf(trx, framework) };
    }
    await checkMayAddVersion(trx, caller, framework);
    await checkDocument(trx, document, 'body.content');
    const number = await appendVersion(trx, context, {
      framework,
      document,
      actor: caller,
      source: `import-${request.format}`,
    });
    return { created: true, detail: await detailOf(trx, (await findFramework(trx, framework.id))!, number) };
  });
}
