import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import type { User } from '@coreteam/core';
import { freshApiFixture, prepareRequest, type ApiFixture, type SignedInPersona } from './api-fixture.js';
import { AUTHORIZATION_MATRIX } from './authorization-matrix.js';
import type { TestApp } from './test-app.js';

/**
 * The checks of the security sweep, as functions that return what they found, so a test can run
 * them on the real API (expecting nothing) and on an API with a deliberately bad route
 * (expecting that route to be named).
 */
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Bookkeeping a read may update (when a session or token was last used); everything else must stay. */
const BOOKKEEPING_COLUMNS = new Set(['last_seen_at', 'last_used_at']);
/**
 * Audit entries that record a read of personal data (a team export): the log of who read what is
 * the point of such a read, not a change of the data it reads.
 */
const READ_AUDIT_ACTIONS = new Set(['team.exported']);
export const INTERNALS =
  /\bat [\w.<>]+ \(|node_modules|\/work\/|\/home\/|\.ts:\d+|\bselect \w+.* from\b|SQLITE_|\bstack\b/i;
export const SWEPT_TABLES = [
  'system_setting',
  'user_account',
  'user_session',
  'personal_access_token',
  'team',
  'team_access',
  'audit_event',
  'login_throttle',
  'role_definition',
  'team_role_name',
  'team_member',
  'member_role_assignment',
  'framework',
  'framework_version',
  'assessment_round',
  'assessment',
  'assessment_rating',
  'assessment_comment',
  'assessment_answer_sheet',
  'growth_opportunity',
  'recovery_code',
  'capacity_plan',
  'funding_source',
  'plan_activity',
  'plan_activity_member',
  'plan_cost_line',
  'plan_funding_share',
  'plan_revision',
  'team_terms_of_reference',
  'course_category',
  'course',
  'learning_path_step',
  'learning_record',
  'optimiser_proposal',
] as const;

const columnsOf = new Map<string, string[]>();
/** Reads that are audited on purpose (a team's export): their audit rows are not a change. */
const READ_AUDIT_LIST = [...READ_AUDIT_ACTIONS].map((action) => `'${action}'`).join(', ');

/**
 * Every row of every table but `except` (bookkeeping columns left out), as one comparable string,
 * put together by the database itself: the sweep and the fuzzer compare it thousands of times.
 */
export async function databaseContents(
  testApp: TestApp,
  options: { except?: readonly string[] } = {},
): Promise<string> {
  const db = testApp.database.db;
  const tables = SWEPT_TABLES.filter((table) => !options.except?.includes(table));
  const where = (table: string) =>
    table === 'audit_event' ? ` where action not in (${READ_AUDIT_LIST})` : '';
  if (testApp.database.engine === 'postgres') {
    const row = (alias: string) =>
      `(to_jsonb(${alias}) ${[...BOOKKEEPING_COLUMNS].map((name) => `- '${name}'`).join(' ')})::text`;
    const parts = tables.map(
      (table, index) =>
        `select ${index} as position, '${table}:' || md5(coalesce(string_agg(${row('x')}, '|' order by ${row('x')}), '')) as hash from ${table} x${where(table)}`,
    );
    const { rows } = await sql<{
      contents: string;
    }>`select string_agg(hash, ',' order by position) as contents from (${sql.raw(parts.join(' union all '))}) hashes`.execute(
      db,
    );
    return rows[0]!.contents;
  }
  const contents: string[] = [];
  for (const table of tables) {
    let columns = columnsOf.get(table);
    if (!columns) {
      const info = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db);
      columns = info.rows.map((column) => column.name).filter((name) => !BOOKKEEPING_COLUMNS.has(name));
      columnsOf.set(table, columns);
    }
    const line = columns.map((column) => `quote("${column}")`).join(" || ',' || ");
    const { rows } = await sql<{
      body: string | null;
    }>`select group_concat(line, char(10)) as body from (select ${sql.raw(line)} as line from ${sql.raw(table)}${sql.raw(where(table))} order by line)`.execute(
      db,
    );
    contents.push(`${table}:${rows[0]!.body ?? ''}`);
  }
  return contents.join('\n');
}

export interface SweptResponse {
  operation: string;
  response: LightMyRequestResponse;
}

export class SecuritySweep {
  readonly responses: SweptResponse[] = [];
  private currentFixture: ApiFixture | undefined;

  constructor(
    private readonly testApp: TestApp,
    private readonly users: Record<SignedInPersona, User>,
    private readonly operations: string[],
  ) {}

  async snapshot(): Promise<string> {
    return databaseContents(this.testApp);
  }

  /**
   * The world the requests act on. Every request of the sweep should change nothing, so one
   * fixture serves them all and stays small to compare; a request that did change something gets
   * reported, and the operations after it get a fresh fixture.
   */
  private async fixture(): Promise<ApiFixture> {
    this.currentFixture ??= await freshApiFixture(this.testApp, this.users);
    return this.currentFixture;
  }

  private discardFixture(): void {
    this.currentFixture = undefined;
  }

  /** The first signed-in caller the matrix allows, so the request gets past the access check. */
  private allowedPersona(operation: string): SignedInPersona {
    return ((AUTHORIZATION_MATRIX[operation] ?? []).find((persona) => persona !== 'anonymous') ??
      'systemAdmin') as SignedInPersona;
  }

  private async send(operation: string, options: InjectOptions): Promise<LightMyRequestResponse> {
    const response = await this.testApp.app.inject(options);
    this.responses.push({ operation, response });
    return response;
  }

  /** Unsafe operations that, with the cookie but no CSRF token (or from a foreign origin), were not refused or changed data. */
  async csrfGaps(): Promise<string[]> {
    const gaps: string[] = [];
    for (const operation of this.operations.filter((candidate) => UNSAFE.has(candidate.split(' ')[0]!))) {
      const prepared = await prepareRequest(
        this.testApp,
        this.allowedPersona(operation),
        operation,
        await this.fixture(),
      );
      const before = await this.snapshot();
      const { 'x-csrf-token': _token, ...withoutToken } = prepared.headers;
      const missing = await this.send(operation, { ...prepared, headers: withoutToken } as InjectOptions);
      const foreign = await this.send(operation, {
        ...prepared,
        headers: { ...prepared.headers, origin: 'https://attacker.example' },
      } as InjectOptions);
      const refused = [missing, foreign].every(
        (response) => response.statusCode === 403 && response.json().error?.code === 'csrf_failed',
      );
      const changed = (await this.snapshot()) !== before;
      if (changed) this.discardFixture();
      if (!refused || changed) gaps.push(`${operation}: ${missing.statusCode}/${foreign.statusCode}`);
    }
    return gaps;
  }

  /** GET operations that changed the database (a state change on GET escapes CSRF protection). */
  async writingReads(
    personas: readonly SignedInPersona[] = ['systemAdmin', 'lead', 'viewer'],
  ): Promise<string[]> {
    const changed: string[] = [];
    for (const operation of this.operations.filter((candidate) => candidate.startsWith('GET '))) {
      for (const persona of personas) {
        const prepared = await prepareRequest(this.testApp, persona, operation, await this.fixture());
        const before = await this.snapshot();
        await this.send(operation, prepared as InjectOptions);
        if ((await this.snapshot()) !== before) {
          changed.push(`${operation} as ${persona}`);
          this.discardFixture();
        }
      }
    }
    return changed;
  }

  /** Operations that accepted a body with fields their schema does not have. */
  async massAssignmentGaps(): Promise<string[]> {
    const accepted: string[] = [];
    for (const operation of this.operations) {
      const prepared = await prepareRequest(
        this.testApp,
        this.allowedPersona(operation),
        operation,
        await this.fixture(),
      );
      if (!prepared.payload) continue;
      const before = await this.snapshot();
      const response = await this.send(operation, {
        ...prepared,
        payload: { ...prepared.payload, systemAdmin: true, id: 'chosen-by-me', unexpected: 1 },
      } as InjectOptions);
      const fields = (response.json().error?.details ?? []).map((detail: { field: string }) => detail.field);
      const changed = (await this.snapshot()) !== before;
      if (changed) this.discardFixture();
      if (response.statusCode !== 400 || !fields.includes('body') || changed) {
        accepted.push(`${operation}: ${response.statusCode}`);
      }
    }
    return accepted;
  }

  /** Responses seen so far that lack a security header or `no-store`, or that leak internals. */
  headerAndLeakProblems(): string[] {
    const problems: string[] = [];
    for (const { operation, response } of this.responses) {
      const headers = response.headers;
      const csp = String(headers['content-security-policy'] ?? '');
      if (!csp.includes("script-src 'self'") || !csp.includes("frame-ancestors 'none'")) {
        problems.push(`${operation}: CSP`);
      }
      if (headers['x-content-type-options'] !== 'nosniff') problems.push(`${operation}: nosniff`);
      if (!headers['referrer-policy']) problems.push(`${operation}: Referrer-Policy`);
      if (headers['cache-control'] !== 'no-store')
        problems.push(`${operation}: Cache-Control ${headers['cache-control']}`);
      if (INTERNALS.test(response.body)) problems.push(`${operation}: internals in the body`);
    }
    return [...new Set(problems)];
  }
}
