import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import {
  prepareRequest,
  type ApiFixture,
  type PreparedRequest,
  type SignedInPersona,
} from './api-fixture.js';
import { AUTHORIZATION_MATRIX } from './authorization-matrix.js';
import { databaseContents, INTERNALS } from './security-sweep.js';
import type { TestApp } from './test-app.js';

/**
 * Generated, malformed and boundary inputs for every operation of the OpenAPI document, sent by a
 * signed-in caller the operation admits (a lead wherever a lead may call it), starting from the
 * operation's valid example request (api-fixture.ts) and breaking it in one to three places.
 */

/** Strings a careless handler trips on: empty, huge, control characters, markup, SQL, dates that do not exist… */
const awkwardString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.uuid(),
  fc.constantFrom(
    '',
    ' ',
    'x'.repeat(5_000),
    '../../etc/passwd',
    "' or 1=1 --",
    '"; drop table team; --',
    '<img src=x onerror=alert(1)>',
    '=HYPERLINK("http://x")',
    '\u0000',
    '%00',
    '🙂',
    'NaN',
    'null',
    'true',
    '-1',
    '1e309',
    '2026-02-30',
    '2026-13-01',
    '0000-00-00',
    '9999-12-31T23:59:60Z',
    'XXX',
    'usd',
    '__proto__',
    'constructor',
  ),
);

const awkwardNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, -1, 0.5, 2 ** 31, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308),
);

const awkwardValue: fc.Arbitrary<unknown> = fc.oneof(
  { depthSize: 'small' },
  awkwardString,
  awkwardNumber,
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.oneof(awkwardString, awkwardNumber), { maxLength: 4 }),
  fc.dictionary(awkwardString, fc.oneof(awkwardString, awkwardNumber), { maxKeys: 3 }),
  fc.jsonValue({ maxDepth: 3 }),
);

type Mutation =
  | { kind: 'path-parameter'; at: number; value: string }
  | { kind: 'query'; key: string; value: string }
  | { kind: 'body-field'; at: number; value: unknown }
  | { kind: 'body-drop'; at: number }
  | { kind: 'body-replace'; value: unknown }
  | { kind: 'raw-body'; text: string; contentType: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('path-parameter' as const), at: fc.nat(), value: awkwardString }),
  fc.record({
    kind: fc.constant('query' as const),
    key: fc.oneof(
      fc.constantFrom(
        'version',
        'memberOffset',
        'memberLimit',
        'compareTo',
        'format',
        'limit',
        'before',
        'q',
      ),
      awkwardString,
    ),
    value: awkwardString,
  }),
  fc.record({ kind: fc.constant('body-field' as const), at: fc.nat(), value: awkwardValue }),
  fc.record({ kind: fc.constant('body-field' as const), at: fc.nat(), value: awkwardValue }),
  fc.record({ kind: fc.constant('body-drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('body-replace' as const), value: awkwardValue }),
  fc.record({
    kind: fc.constant('raw-body' as const),
    text: fc.oneof(fc.string(), fc.constantFrom('{', '{"a":', '[1,2', 'null', '"text"', '\u0000')),
    contentType: fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'),
  }),
);

/**
 * One to three mutations that can change something for this operation: no path parameter to break
 * where the path has none, no body fields where there is no body, and only the path and query
 * string of a read.
 */
export function fuzzCaseFor(shape: {
  read: boolean;
  parameters: boolean;
  body: boolean;
}): fc.Arbitrary<Mutation[]> {
  const useful = mutation.filter((candidate) => {
    if (candidate.kind === 'path-parameter') return shape.parameters;
    if (candidate.kind === 'query') return true;
    if (shape.read) return false;
    if (candidate.kind === 'body-field' || candidate.kind === 'body-drop') return shape.body;
    return true;
  });
  return fc.array(useful, { minLength: 1, maxLength: 3 });
}

/** Every place in a JSON value that a mutation can aim at, as a path of keys and indexes. */
function placesIn(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => [[...path, index], ...placesIn(item, [...path, index])]);
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      [...path, key],
      ...placesIn(item, [...path, key]),
    ]);
  }
  return [];
}

function withChange(
  value: unknown,
  path: Array<string | number>,
  change: { value: unknown } | 'drop',
): unknown {
  if (path.length === 0) return change === 'drop' ? undefined : change.value;
  const [head, ...rest] = path as [string | number, ...Array<string | number>];
  if (Array.isArray(value)) {
    const copy = [...value];
    if (rest.length === 0 && change === 'drop') copy.splice(Number(head), 1);
    else copy[Number(head)] = withChange(copy[Number(head)], rest, change);
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  if (rest.length === 0 && change === 'drop') delete copy[head];
  else copy[head] = withChange(copy[head], rest, change);
  return copy;
}

/** The example request, broken as the mutations say. */
export function mutatedRequest(
  operation: string,
  prepared: PreparedRequest,
  mutations: Mutation[],
): InjectOptions {
  const template = operation.split(' ')[1]!;
  const [pathPart, query = ''] = prepared.url.split('?') as [string, string?];
  const segments = pathPart.split('/');
  const parameterSegments = template
    .split('/')
    .map((segment, index) => (segment.startsWith('{') ? index : -1))
    .filter((index) => index >= 0);
  const search = new URLSearchParams(query);
  let payload: unknown = prepared.payload;
  let raw: { text: string; contentType: string } | undefined;
  for (const change of mutations) {
    switch (change.kind) {
      case 'path-parameter':
        if (parameterSegments.length > 0) {
          segments[parameterSegments[change.at % parameterSegments.length]!] = encodeURIComponent(
            change.value,
          );
        }
        break;
      case 'query':
        search.set(change.key, change.value);
        break;
      case 'body-field':
      case 'body-drop': {
        const places = placesIn(payload);
        if (places.length === 0) {
          payload = change.kind === 'body-field' ? { [String(change.at)]: change.value } : payload;
          break;
        }
        const place = places[change.at % places.length]!;
        payload = withChange(payload, place, change.kind === 'body-drop' ? 'drop' : { value: change.value });
        break;
      }
      case 'body-replace':
        payload = change.value;
        break;
      case 'raw-body':
        raw = { text: change.text, contentType: change.contentType };
        break;
    }
  }
  const url = segments.join('/') + (search.size > 0 ? `?${search.toString()}` : '');
  const headers = { ...prepared.headers };
  if (raw) {
    return {
      method: prepared.method,
      url,
      headers: { ...headers, 'content-type': raw.contentType },
      payload: raw.text,
    } as InjectOptions;
  }
  if (payload === undefined) return { method: prepared.method, url, headers } as InjectOptions;
  return {
    method: prepared.method,
    url,
    headers: { ...headers, 'content-type': 'application/json' },
    payload: JSON.stringify(payload) ?? 'null',
  } as InjectOptions;
}

/** What is wrong with one answer to a broken request (nothing, for an answer we accept). */
export function answerProblems(response: LightMyRequestResponse): string[] {
  const problems: string[] = [];
  if (response.statusCode >= 500) problems.push(`answered ${response.statusCode}`);
  if (response.statusCode >= 400) {
    let body: { error?: { code?: unknown; message?: unknown } } | undefined;
    try {
      body = response.json();
    } catch {
      problems.push(`${response.statusCode} without a JSON body`);
    }
    if (body && (typeof body.error?.code !== 'string' || typeof body.error?.message !== 'string')) {
      problems.push(`${response.statusCode} without { error: { code, message } }`);
    }
  }
  if (INTERNALS.test(response.body)) problems.push('internals in the body');
  return problems;
}

/**
 * A cheap sign that something was written: SQLite's count of changed rows on the app's one
 * connection, or PostgreSQL's next transaction id (only writing transactions take one). When it
 * moves, the full contents are compared.
 */
async function writeMark(testApp: TestApp): Promise<string> {
  if (testApp.database.engine === 'sqlite') {
    const { rows } = await sql<{ n: number }>`select total_changes() as n`.execute(testApp.database.db);
    return String(rows[0]!.n);
  }
  const { rows } = await sql<{
    n: string;
  }>`select pg_snapshot_xmax(pg_current_snapshot())::text as n`.execute(testApp.database.db);
  return rows[0]!.n;
}

/**
 * Tables a refused request may write to on purpose: failed sign-ins are counted (throttling) and
 * refusals are audited.
 */
const WRITTEN_ON_REFUSAL = ['login_throttle', 'audit_event'] as const;

export interface FuzzFinding {
  operation: string;
  request: string;
  problems: string[];
}

export interface FuzzReport {
  cases: number;
  serverErrors: number;
  findings: FuzzFinding[];
  /** Whether any request was accepted and may have changed the world the next operation meets. */
  wrote: boolean;
}

/** Sends `runs` broken requests to one operation and reports every problem seen. */
export async function fuzzOperation(input: {
  testApp: TestApp;
  /** The world to call the operation in (a fresh one unless the last operation changed nothing). */
  fixture: ApiFixture;
  operation: string;
  runs: number;
  seed: number;
}): Promise<FuzzReport> {
  const { testApp, operation } = input;
  const persona = (
    (AUTHORIZATION_MATRIX[operation] ?? []).includes('lead')
      ? 'lead'
      : ((AUTHORIZATION_MATRIX[operation] ?? []).find((candidate) => candidate !== 'anonymous') ??
        'systemAdmin')
  ) as SignedInPersona;
  const { fixture } = input;
  const contents = { snapshot: () => databaseContents(testApp, { except: WRITTEN_ON_REFUSAL }) };
  const unsafe = !operation.startsWith('GET ');
  let prepared = await prepareRequest(testApp, persona, operation, fixture);
  let mark = await writeMark(testApp);
  let before = await contents.snapshot();
  const report: FuzzReport = { cases: 0, serverErrors: 0, findings: [], wrote: false };
  const shape = { read: !unsafe, parameters: operation.includes('{'), body: prepared.payload !== undefined };
  const samples = fc.sample(fuzzCaseFor(shape), { numRuns: input.runs, seed: input.seed });
  for (const mutations of samples) {
    const request = mutatedRequest(operation, prepared, mutations);
    const response = await testApp.app.inject(request);
    report.cases += 1;
    if (response.statusCode >= 500) report.serverErrors += 1;
    const problems = answerProblems(response);
    const markAfter = await writeMark(testApp);
    if (markAfter !== mark) {
      const after = await contents.snapshot();
      if (response.statusCode >= 400 && after !== before)
        problems.push('a refused request changed the database');
      before = after;
      mark = await writeMark(testApp);
    }
    if (unsafe && response.statusCode < 400) {
      report.wrote = true;
      // An accepted write may have ended the session (sign-out, password change): start afresh.
      prepared = await prepareRequest(testApp, persona, operation, fixture);
      mark = await writeMark(testApp);
      before = await contents.snapshot();
    }
    if (problems.length > 0) {
      report.findings.push({
        operation,
        request: `${String(request.method)} ${String(request.url).slice(0, 200)} ${String(request.payload ?? '').slice(0, 200)}`,
        problems,
      });
    }
  }
  return report;
}
