// 100 signed-in clients (distinct sessions) on a real Coreteam server in its own process, for
// LOAD_SECONDS (60): each client loops over reading its team, the round's results, the team's
// governance dashboard and the plan's budget, and saving a rating of its own open self-assessment
// (4 reads : 1 write). On SQLite and,
// when a PostgreSQL server answers (TEST_POSTGRES_URL, or postgres://postgres@127.0.0.1:5432/postgres),
// on a scratch PostgreSQL database. A bare Fastify route in its own process, measured with the same
// connections in the same run, is the baseline the ratios are taken against.
//
// Seeded through the HTTP API as people would: a team of 30 members, a round where 20 external
// assessments are submitted and 10 members' self-assessments are open, a plan with 12 costed
// activities and two funders.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon, { type AutocannonRequest, type AutocannonResult } from 'autocannon';
import pg from 'pg';
import { DEFAULT_FRAMEWORK } from '@coreteam/core';
import { createSystemAdmin, loadConfig, openDatabase } from '@coreteam/server';
import { currentTotpCode, enableTotpForTesting } from './totp-for-bench.js';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 100);
/** LOAD_ENGINES=sqlite (or postgres) runs one engine only. */
const ENGINES = (process.env.LOAD_ENGINES ?? 'sqlite,postgres').split(',').map((name) => name.trim());
const BASELINE_SECONDS = Math.min(SECONDS, 10);
/** Request logs at info, as a production server writes them (to /dev/null here). */
const LOG_LEVEL = process.env.LOAD_LOG_LEVEL ?? 'info';
const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const MEMBERS = 30;
const ACCOUNTS = 10;
const SUBMITTED = MEMBERS - ACCOUNTS;
const CLI = fileURLToPath(new URL('../../packages/cli/bin/coreteam.js', import.meta.url));
const BARE = fileURLToPath(new URL('./bare-fastify-server.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PASSWORD = 'a long benchmark passphrase';
const AREAS = DEFAULT_FRAMEWORK.areas;
const ROLE_OF_AREA: Record<string, { roleKey: string; subRoleKey: string | null }> = {
  'operational-lead': { roleKey: 'operational-lead', subRoleKey: null },
  'implementer-program': { roleKey: 'implementer', subRoleKey: 'program' },
  'implementer-technical': { roleKey: 'implementer', subRoleKey: 'technical' },
  trainer: { roleKey: 'trainer', subRoleKey: null },
  'server-administrator': { roleKey: 'server-administrator', subRoleKey: null },
};

/** A session over HTTP: its cookie and CSRF token. */
class Session {
  cookie = '';
  csrfToken = '';
  constructor(private readonly baseUrl: string) {}

  async call<T>(method: string, url: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET' && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    const response = await fetch(`${this.baseUrl}${url}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);
    if (cookies.length > 0) this.cookie = cookies.join('; ');
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${text.slice(0, 300)}`);
    const parsed = (text ? JSON.parse(text) : {}) as T & { csrfToken?: string };
    if (typeof parsed.csrfToken === 'string') this.csrfToken = parsed.csrfToken;
    return parsed;
  }

  static async signedIn(baseUrl: string, email: string, password: string, code?: string): Promise<Session> {
    const session = new Session(baseUrl);
    await session.call('POST', '/api/auth/login', { email, password, ...(code ? { code } : {}) });
    return session;
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Child {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

function stopper(child: ChildProcess): () => Promise<void> {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
}

async function startCoreteam(environment: Record<string, string>): Promise<Child> {
  const port = await freePort();
  const child = spawn(process.execPath, [CLI, 'serve'], {
    env: { PATH: process.env.PATH ?? '', ...environment, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`coreteam serve stopped: ${errors}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`coreteam serve did not answer within 30 s: ${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, process: child, stop: stopper(child) };
}

async function startBareFastify(): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', BARE], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const match = /listening on (\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', () => reject(new Error(`the bare Fastify server stopped: ${output}`)));
  });
  return { url, process: child, stop: stopper(child) };
}

interface Seeded {
  teamId: string;
  roundId: string;
  planId: string;
  /** Per member account: its email and its open self-assessment with the skills it can rate. */
  respondents: { email: string; assessmentId: string; skillKeys: string[] }[];
}

function skillsOf(areaKey: string): string[] {
  return AREAS.find((area) => area.key === areaKey)!.categories.flatMap((category) =>
    category.skills.map((skill) => skill.key),
  );
}

async function seed(baseUrl: string, adminEmail: string, adminSecret: string): Promise<Seeded> {
  const admin = await Session.signedIn(baseUrl, adminEmail, PASSWORD, currentTotpCode(adminSecret));
  const { id: teamId } = await admin.call<{ id: string }>('POST', '/api/teams', {
    name: 'Mozambique core team',
    countryCode: 'MZ',
    baseCurrency: 'MZN',
  });
  const newAccount = async (email: string, displayName: string, role: string) => {
    const user = await admin.call<{ id: string }>('POST', '/api/users', {
      email,
      displayName,
      temporaryPassword: 'a temporary passphrase',
    });
    await admin.call('POST', `/api/teams/${teamId}/access`, { email, role });
    const first = await Session.signedIn(baseUrl, email, 'a temporary passphrase');
    await first.call('POST', '/api/me/password', {
      currentPassword: 'a temporary passphrase',
      newPassword: PASSWORD,
    });
    return user.id;
  };
  await newAccount('lead@example.org', 'Lucas Lead', 'lead');
  const lead = await Session.signedIn(baseUrl, 'lead@example.org', PASSWORD);
  const assessorId = await newAccount('assessor@example.org', 'Amina Assessor', 'assessor');
  const assessor = await Session.signedIn(baseUrl, 'assessor@example.org', PASSWORD);

  const members: { id: string; areaKey: string; email?: string }[] = [];
  for (let index = 0; index < MEMBERS; index += 1) {
    const areaKey = AREAS[index % AREAS.length]!.key;
    const email = index < ACCOUNTS ? `member${index + 1}@example.org` : undefined;
    const userId = email ? await newAccount(email, `Member ${index + 1}`, 'member') : null;
    const { id } = await lead.call<{ id: string }>('POST', `/api/teams/${teamId}/members`, {
      name: `Member ${index + 1}`,
      userId,
      affiliation: index % 4 === 3 ? 'external-ta' : 'ministry',
      basedInCountry: true,
      timeSharePercent: index % 3 === 0 ? 50 : 100,
      funding: index % 4 === 3 ? 'partner-project' : 'government',
      assignments: [{ ...ROLE_OF_AREA[areaKey]!, status: 'current' }],
    });
    members.push({ id, areaKey, ...(email ? { email } : {}) });
  }

  const { frameworks } = await lead.call<{
    frameworks: { builtIn: boolean; latestVersion: { id: string } }[];
  }>('GET', '/api/frameworks');
  const today = new Date().toISOString().slice(0, 10);
  const { id: roundId } = await lead.call<{ id: string }>('POST', `/api/teams/${teamId}/rounds`, {
    name: 'Baseline',
    frameworkVersionId: frameworks.find((framework) => framework.builtIn)!.latestVersion.id,
    opensOn: today,
    closesOn: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
  });
  const respondents: Seeded['respondents'] = [];
  for (const [index, member] of members.entries()) {
    if (member.email) {
      const { id } = await lead.call<{ id: string }>(
        'POST',
        `/api/teams/${teamId}/rounds/${roundId}/assessments`,
        {
          memberId: member.id,
          mode: 'self',
          areaKeys: [member.areaKey],
        },
      );
      respondents.push({ email: member.email, assessmentId: id, skillKeys: skillsOf(member.areaKey) });
      continue;
    }
    const { id } = await lead.call<{ id: string }>(
      'POST',
      `/api/teams/${teamId}/rounds/${roundId}/assessments`,
      {
        memberId: member.id,
        mode: 'external',
        assessorUserId: assessorId,
        areaKeys: [member.areaKey],
      },
    );
    const ratings = skillsOf(member.areaKey).map((skillKey, skillIndex) => ({
      skillKey,
      level: (index + skillIndex) % 7 === 6 ? null : (index + skillIndex) % 4,
    }));
    await assessor.call('PUT', `/api/assessments/${id}/ratings`, { ratings });
    await assessor.call('POST', `/api/assessments/${id}/submit`);
  }

  const year = new Date().getFullYear() + 1;
  const { id: planId } = await lead.call<{ id: string }>('POST', `/api/teams/${teamId}/plans`, {
    title: `Capacity building plan ${year}–${year + 2}`,
    startYear: year,
    endYear: year + 2,
    baseCurrency: 'MZN',
  });
  const funders = [];
  for (const funder of [
    { kind: 'government', name: 'Ministry of Health' },
    { kind: 'partner', name: 'A global health partner' },
  ]) {
    funders.push(
      (await lead.call<{ id: string }>('POST', `/api/teams/${teamId}/funding-sources`, funder)).id,
    );
  }
  for (let index = 0; index < 12; index += 1) {
    await lead.call('POST', `/api/plans/${planId}/activities`, {
      title: `Activity ${index + 1}`,
      type: index % 2 === 0 ? 'academy-in-person' : 'online-course',
      timing: { kind: 'quarter', year: year + (index % 3), quarter: (index % 4) + 1 },
      memberIds: [members[index]!.id, members[index + 10]!.id],
      costLines: [
        { kind: 'fees', quantity: 2, unitCostMinor: 150_000 + index * 1000, currency: 'MZN' },
        { kind: 'travel', quantity: 2, unitCostMinor: 80_000, currency: 'MZN' },
      ],
      fundingShares: [
        {
          fundingSourceId: funders[index % 2]!,
          amountMinor: 200_000,
          status: index % 3 === 0 ? 'secured' : 'pledged',
        },
      ],
    });
  }
  return { teamId, roundId, planId, respondents };
}

const KINDS = ['team', 'results', 'dashboard', 'budget', 'rating'] as const;
type Kind = (typeof KINDS)[number];

interface Mixed {
  result: AutocannonResult;
  statuses: Record<Kind, Map<number, number>>;
  /** Milliseconds of every answered request, per kind. */
  latencies: Record<Kind, number[]>;
  /** Sent and never answered (timed out, or in flight when the run ended). */
  unanswered: Record<Kind, number>;
  /** Median ms of each request alone, before the load. */
  alone: Record<Kind, number>;
}

async function runMix(baseUrl: string, seeded: Seeded): Promise<Mixed> {
  // 100 sessions: each member account signed in 10 times, as from 10 devices.
  const sessions: { session: Session; respondent: Seeded['respondents'][number] }[] = [];
  for (let index = 0; index < CONNECTIONS; index += 1) {
    const respondent = seeded.respondents[index % seeded.respondents.length]!;
    sessions.push({ session: await Session.signedIn(baseUrl, respondent.email, PASSWORD), respondent });
  }
  const alone = await latencyAlone(sessions[0]!.session, sessions[0]!.respondent, seeded);
  const statuses = Object.fromEntries(
    KINDS.map((kind) => [kind, new Map<number, number>()]),
  ) as Mixed['statuses'];
  const latencies = Object.fromEntries(KINDS.map((kind) => [kind, [] as number[]])) as Mixed['latencies'];
  const sent = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
  // Per kind of request: stamped when autocannon builds it (right before it is written, one at a
  // time per connection), timed when its answer comes.
  const timed = (kind: Kind, request: AutocannonRequest): AutocannonRequest => ({
    ...request,
    setupRequest: (built, context) => {
      sent[kind] += 1;
      context.sentAt = performance.now();
      return request.setupRequest ? request.setupRequest(built, context) : built;
    },
    onResponse: (status, _body, context) => {
      statuses[kind].set(status, (statuses[kind].get(status) ?? 0) + 1);
      latencies[kind].push(performance.now() - (context.sentAt as number));
    },
  });
  let next = 0;
  const result = await autocannon({
    url: baseUrl,
    connections: CONNECTIONS,
    duration: SECONDS,
    setupClient: (client) => {
      const { session, respondent } = sessions[next++ % sessions.length]!;
      const headers = { cookie: session.cookie, accept: 'application/json', 'accept-encoding': 'gzip' };
      client.setRequests([
        timed('team', { method: 'GET', path: `/api/teams/${seeded.teamId}`, headers }),
        timed('results', {
          method: 'GET',
          path: `/api/teams/${seeded.teamId}/rounds/${seeded.roundId}/results`,
          headers,
        }),
        timed('dashboard', { method: 'GET', path: `/api/teams/${seeded.teamId}/dashboard`, headers }),
        timed('budget', { method: 'GET', path: `/api/plans/${seeded.planId}/budget`, headers }),
        timed('rating', {
          method: 'PUT',
          path: `/api/assessments/${respondent.assessmentId}/ratings`,
          headers: { ...headers, 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
          setupRequest: (request) => {
            const skillKey = respondent.skillKeys[Math.floor(Math.random() * respondent.skillKeys.length)]!;
            request.body = JSON.stringify({ ratings: [{ skillKey, level: Math.floor(Math.random() * 4) }] });
            return request;
          },
        }),
      ]);
    },
  });
  const unanswered = Object.fromEntries(
    KINDS.map((kind) => [kind, sent[kind] - latencies[kind].length]),
  ) as Record<Kind, number>;
  return { result, statuses, latencies, unanswered, alone };
}

/** Median time of each kind of request sent one at a time (no concurrency), after a warm-up. */
async function latencyAlone(
  session: Session,
  respondent: Seeded['respondents'][number],
  seeded: Seeded,
): Promise<Record<Kind, number>> {
  const calls: Record<Kind, () => Promise<unknown>> = {
    team: () => session.call('GET', `/api/teams/${seeded.teamId}`),
    results: () => session.call('GET', `/api/teams/${seeded.teamId}/rounds/${seeded.roundId}/results`),
    dashboard: () => session.call('GET', `/api/teams/${seeded.teamId}/dashboard`),
    budget: () => session.call('GET', `/api/plans/${seeded.planId}/budget`),
    rating: () =>
      session.call('PUT', `/api/assessments/${respondent.assessmentId}/ratings`, {
        ratings: [{ skillKey: respondent.skillKeys[0]!, level: 1 }],
      }),
  };
  const medians = {} as Record<Kind, number>;
  for (const kind of KINDS) {
    const times: number[] = [];
    for (let run = 0; run < 23; run += 1) {
      const started = performance.now();
      await calls[kind]();
      if (run >= 3) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    medians[kind] = times[Math.floor(times.length / 2)]!;
  }
  return medians;
}

async function measureBaseline(url: string): Promise<AutocannonResult> {
  await autocannon({ url, connections: CONNECTIONS, duration: 2 });
  return autocannon({ url, connections: CONNECTIONS, duration: BASELINE_SECONDS });
}

function row(name: string, result: AutocannonResult): string {
  return [
    name.padEnd(34),
    result.requests.average.toFixed(0).padStart(8),
    result.latency.p50.toFixed(0).padStart(7),
    result.latency.p99.toFixed(0).padStart(7),
    String(result.requests.total).padStart(9),
    String(result.non2xx).padStart(8),
    // autocannon counts timeouts among its errors: shown apart here.
    String(result.errors - result.timeouts).padStart(7),
    String(result.timeouts).padStart(8),
  ].join(' ');
}

function header(): string {
  return [
    'target'.padEnd(34),
    'req/s'.padStart(8),
    'p50 ms'.padStart(7),
    'p99 ms'.padStart(7),
    'requests'.padStart(9),
    'non-2xx'.padStart(8),
    'errors'.padStart(7),
    'timeouts'.padStart(8),
  ].join(' ');
}

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function withPostgresAdmin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function runEngine(engine: 'sqlite' | 'postgres', bareUrl: string): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'coreteam-load-'));
  const databaseName = `coreteam_load_${randomBytes(5).toString('hex')}`;
  const environment: Record<string, string> = { DATA_DIR: dataDir };
  if (engine === 'postgres') {
    await withPostgresAdmin(`create database ${databaseName}`);
    const url = new URL(POSTGRES_ADMIN_URL);
    url.pathname = `/${databaseName}`;
    environment.DATABASE_URL = url.toString();
  }
  let server: Child | undefined;
  try {
    server = await startCoreteam(environment);
    const config = loadConfig(environment, process.cwd());
    const database = openDatabase(config.database);
    const admin = await createSystemAdmin(database, config, {
      email: 'admin@example.org',
      displayName: 'Admin',
      password: PASSWORD,
    });
    const secret = await enableTotpForTesting(database, admin.id);
    await database.close();
    const seedStarted = performance.now();
    const seeded = await seed(server.url, admin.email, secret);
    console.log(
      `\n[${engine}] seeded ${MEMBERS} members, ${SUBMITTED} submitted and ${ACCOUNTS} open assessments, ` +
        `a plan of 12 activities in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s; ` +
        `${CONNECTIONS} clients, ${SECONDS} s of mixed load, then ${BASELINE_SECONDS} s per baseline`,
    );
    const mixed = await runMix(server.url, seeded);
    const health = await measureBaseline(`${server.url}/api/health`);
    const bare = await measureBaseline(bareUrl);
    console.log(header());
    console.log(row('bare Fastify GET / (baseline)', bare));
    console.log(row('Coreteam GET /api/health', health));
    console.log(row('Coreteam mix (4 reads : 1 write)', mixed.result));
    console.log(
      `  ${'request'.padEnd(8)} ${'alone ms'.padStart(9)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'answers'.padStart(8)} ${'unanswered'.padStart(10)}  statuses`,
    );
    for (const kind of KINDS) {
      const sorted = [...mixed.latencies[kind]].sort((a, b) => a - b);
      const at = (p: number) =>
        sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]! : NaN;
      const counts = [...mixed.statuses[kind].entries()].sort(([a], [b]) => a - b);
      console.log(
        `  ${kind.padEnd(8)} ${mixed.alone[kind].toFixed(1).padStart(9)} ${at(0.5).toFixed(0).padStart(7)} ${at(0.99).toFixed(0).padStart(7)} ` +
          `${String(sorted.length).padStart(8)} ${String(mixed.unanswered[kind]).padStart(10)}  ` +
          (counts.map(([status, n]) => `${status} × ${n}`).join(', ') || 'none'),
      );
    }
    console.log(
      `ratio req/s mix / bare: ${(mixed.result.requests.average / bare.requests.average).toFixed(3)}; ` +
        `health / bare: ${(health.requests.average / bare.requests.average).toFixed(3)}`,
    );
    console.log(
      `ratio p99 mix / bare: ${bare.latency.p99 >= 1 ? (mixed.result.latency.p99 / bare.latency.p99).toFixed(1) : 'n/a (bare p99 < 1 ms)'}; ` +
        `p50 mix / bare: ${bare.latency.p50 >= 1 ? (mixed.result.latency.p50 / bare.latency.p50).toFixed(1) : 'n/a (bare p50 < 1 ms)'}`,
    );
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    if (engine === 'postgres')
      await withPostgresAdmin(`drop database if exists ${databaseName} with (force)`);
  }
}

const bare = await startBareFastify();
try {
  console.log(
    `Node ${process.version}, ${cpus().length} cores, load average ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}; server LOG_LEVEL=${LOG_LEVEL}`,
  );
  const engines: ('sqlite' | 'postgres')[] = [];
  if (ENGINES.includes('sqlite')) engines.push('sqlite');
  if (ENGINES.includes('postgres')) {
    if (await postgresAnswers()) engines.push('postgres');
    else console.log(`PostgreSQL does not answer at ${POSTGRES_ADMIN_URL}: SQLite only.`);
  }
  for (const engine of engines) await runEngine(engine, `${bare.url}/`);
} catch (error) {
  console.error(`benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await bare.stop();
}
