// A real Coreteam server in a child process (`coreteam serve`), and someone using its HTTP API as
// a script would: first-run setup from the printed link, a team, a member with a self-assessment.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { DEFAULT_FRAMEWORK } from '@coreteam/core';

export const CORETEAM_BIN = fileURLToPath(new URL('../../bin/coreteam.js', import.meta.url));

export interface ServedCoreteam {
  url: string;
  /** The first-run setup link, when the instance had no account yet. */
  setupLink: string | undefined;
  child: ChildProcess;
  /** Everything the server wrote so far, for failure messages. */
  output(): string;
  /** Sends the signal and resolves once the process has gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts `coreteam serve` on a free port of 127.0.0.1 with the given DATA_DIR; resolves once it
 * listens and, for a new instance (`expectSetupLink`), once it has printed the first-run setup link.
 */
export async function serveCoreteam(
  dataDir: string,
  options: { expectSetupLink: boolean; timeoutMs?: number },
): Promise<ServedCoreteam> {
  const child = spawn(process.execPath, [CORETEAM_BIN, 'serve'], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  for (;;) {
    const url = /Coreteam is listening on (http:\/\/[^"\s]+)/.exec(output)?.[1];
    const setupLink = /(http:\/\/\S+\/setup#token=[\w-]+)/.exec(output)?.[1];
    if (url && (setupLink || !options.expectSetupLink)) {
      return { url, setupLink, child, output: () => output, stop };
    }
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`coreteam serve stopped before it was ready:\n${output}`);
    }
    if (Date.now() > deadline) {
      await stop('SIGKILL');
      throw new Error(`coreteam serve was not ready in time:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The code an authenticator app shows `offsetSteps` 30-second steps from now (RFC 6238, SHA-1, 6 digits). */
export function totpCode(base32Secret: string, offsetSteps = 0): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const character of base32Secret.replace(/=+$/, '').toUpperCase()) {
    bits += alphabet.indexOf(character).toString(2).padStart(5, '0');
  }
  const key = Buffer.from(bits.match(/.{8}/g)!.map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30_000) + offsetSteps));
  const digest = createHmac('sha1', key).update(counter).digest();
  const offset = digest[digest.length - 1]! & 0xf;
  const value = (digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, '0');
}

/** A signed-in session over HTTP: keeps its cookie and CSRF token. */
export class ApiClient {
  private cookie = '';
  private csrfToken = '';

  constructor(readonly baseUrl: string) {}

  async call<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET' && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);
    if (cookies.length > 0) this.cookie = cookies.join('; ');
    const text = await response.text();
    const parsed = (text ? JSON.parse(text) : undefined) as T & { csrfToken?: string };
    if (parsed && typeof parsed.csrfToken === 'string') this.csrfToken = parsed.csrfToken;
    return { status: response.status, body: parsed };
  }

  /** Calls, and throws unless the answer has `status`. */
  async expect<T>(method: string, path: string, body: unknown, status: number): Promise<T> {
    const answer = await this.call<T>(method, path, body);
    if (answer.status !== status) {
      throw new Error(
        `${method} ${path}: expected ${status}, got ${answer.status} ${JSON.stringify(answer.body)}`,
      );
    }
    return answer.body;
  }

  async signIn(email: string, password: string, code?: string): Promise<void> {
    await this.expect('POST', '/api/auth/login', { email, password, ...(code ? { code } : {}) }, 200);
  }
}

export const ADMIN = {
  email: 'ana.admin@example.org',
  name: 'Ana Mabunda',
  password: 'a long admin passphrase',
};
export const MEMBER = {
  email: 'joaquim.member@example.org',
  name: 'Joaquim Sitoe',
  temporaryPassword: 'a temporary passphrase',
  password: 'the member’s own passphrase',
};
export const TEAM = { name: 'Mozambique core team', countryCode: 'MZ', baseCurrency: 'MZN' };

export interface TeamWithSelfAssessment {
  teamId: string;
  roundId: string;
  memberId: string;
  assessmentId: string;
  /** The administrator's TOTP secret, for signing in again. */
  adminSecret: string;
}

/**
 * First-run setup from the printed link (with the second factor system administrators need),
 * then a team, a member with an account and their own password, an open round on the built-in
 * framework, and the member's self-assessment of every area.
 */
export async function setUpTeamWithSelfAssessment(
  baseUrl: string,
  setupLink: string,
): Promise<TeamWithSelfAssessment> {
  const admin = new ApiClient(baseUrl);
  const token = new URL(setupLink).hash.replace(/^#token=/, '');
  await admin.expect(
    'POST',
    '/api/setup',
    { token, email: ADMIN.email, displayName: ADMIN.name, password: ADMIN.password },
    201,
  );
  const { secret } = await admin.expect<{ secret: string }>(
    'POST',
    '/api/me/two-factor/enrolment',
    undefined,
    200,
  );
  await admin.expect('POST', '/api/me/two-factor/enrolment/confirm', { code: totpCode(secret) }, 200);

  const teamId = (await admin.expect<{ id: string }>('POST', '/api/teams', TEAM, 201)).id;
  const user = await admin.expect<{ id: string }>(
    'POST',
    '/api/users',
    { email: MEMBER.email, displayName: MEMBER.name, temporaryPassword: MEMBER.temporaryPassword },
    201,
  );
  await admin.expect('POST', `/api/teams/${teamId}/access`, { email: MEMBER.email, role: 'member' }, 200);
  const memberId = (
    await admin.expect<{ id: string }>(
      'POST',
      `/api/teams/${teamId}/members`,
      {
        name: MEMBER.name,
        userId: user.id,
        affiliation: 'ministry',
        basedInCountry: true,
        timeSharePercent: 100,
        funding: 'government',
        assignments: [{ roleKey: 'trainer', subRoleKey: null, status: 'current' }],
      },
      201,
    )
  ).id;
  const { frameworks } = await admin.expect<{
    frameworks: Array<{ builtIn: boolean; latestVersion: { id: string } }>;
  }>('GET', '/api/frameworks', undefined, 200);
  const today = new Date().toISOString().slice(0, 10);
  const roundId = (
    await admin.expect<{ id: string }>(
      'POST',
      `/api/teams/${teamId}/rounds`,
      {
        name: 'Baseline',
        opensOn: today,
        closesOn: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
        frameworkVersionId: frameworks.find((framework) => framework.builtIn)!.latestVersion.id,
      },
      201,
    )
  ).id;
  const assessmentId = (
    await admin.expect<{ id: string }>(
      'POST',
      `/api/teams/${teamId}/rounds/${roundId}/assessments`,
      { memberId, mode: 'self', areaKeys: DEFAULT_FRAMEWORK.areas.map((area) => area.key) },
      201,
    )
  ).id;

  const first = new ApiClient(baseUrl);
  await first.signIn(MEMBER.email, MEMBER.temporaryPassword);
  await first.expect(
    'POST',
    '/api/me/password',
    { currentPassword: MEMBER.temporaryPassword, newPassword: MEMBER.password },
    200,
  );
  return { teamId, roundId, memberId, assessmentId, adminSecret: secret };
}

/** A new session of the member (each call signs in again). */
export async function memberSession(baseUrl: string): Promise<ApiClient> {
  const session = new ApiClient(baseUrl);
  await session.signIn(MEMBER.email, MEMBER.password);
  return session;
}
