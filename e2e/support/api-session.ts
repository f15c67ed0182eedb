import { Secret, TOTP } from 'otpauth';
import { expect } from 'vitest';
import { ADMIN } from './people.js';

/**
 * Someone using the HTTP API as a script would: the administrator's first-run setup, test data a
 * journey starts from, and checks of what the browser stored. Keeps its session cookie and CSRF token.
 */
export class ApiSession {
  private cookie = '';
  private csrfToken = '';

  constructor(private readonly baseUrl: string) {}

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
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  }

  /** Calls, and fails the test unless the answer has `status`. */
  async expect<T>(method: string, path: string, body: unknown, status: number): Promise<T> {
    const answer = await this.call<T>(method, path, body);
    expect(answer.status, `${method} ${path}: ${JSON.stringify(answer.body)}`).toBe(status);
    return answer.body;
  }

  /** The administrator's single-use recovery codes after setUp(), for signing in in a browser. */
  recoveryCodes: string[] = [];

  /** First-run setup with the printed link, then the second factor system administrators need. */
  async setUp(setupLink: string): Promise<void> {
    const token = new URL(setupLink).hash.replace(/^#token=/, '');
    const me = await this.expect<{ csrfToken: string; twoFactorEnrolmentRequired: boolean }>(
      'POST',
      '/api/setup',
      { token, email: ADMIN.email, displayName: ADMIN.name, password: ADMIN.password },
      201,
    );
    this.csrfToken = me.csrfToken;
    if (me.twoFactorEnrolmentRequired) {
      const { secret } = await this.expect<{ secret: string }>(
        'POST',
        '/api/me/two-factor/enrolment',
        undefined,
        200,
      );
      const code = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate();
      const { recoveryCodes } = await this.expect<{ recoveryCodes: string[] }>(
        'POST',
        '/api/me/two-factor/enrolment/confirm',
        { code },
        200,
      );
      this.recoveryCodes = recoveryCodes;
    }
  }

  async signIn(email: string, password: string): Promise<void> {
    const me = await this.expect<{ csrfToken: string }>('POST', '/api/auth/login', { email, password }, 200);
    this.csrfToken = me.csrfToken;
  }

  async createTeam(
    team: { name: string; countryCode: string; baseCurrency: string } = {
      name: 'Mozambique core team',
      countryCode: 'MZ',
      baseCurrency: 'MZN',
    },
  ): Promise<string> {
    return (await this.expect<{ id: string }>('POST', '/api/teams', team, 201)).id;
  }

  /** A new account (with its temporary password) and its role in the team; returns its user id. */
  async createAccount(
    teamId: string,
    person: { name: string; email: string; temporaryPassword: string },
    role: 'lead' | 'member' | 'assessor' | 'viewer',
  ): Promise<string> {
    const user = await this.expect<{ id: string }>(
      'POST',
      '/api/users',
      { email: person.email, displayName: person.name, temporaryPassword: person.temporaryPassword },
      201,
    );
    await this.expect('POST', `/api/teams/${teamId}/access`, { email: person.email, role }, 200);
    return user.id;
  }

  /** A person's first sign-in: replaces the temporary password, then signs in with their own. */
  static async withOwnPassword(
    baseUrl: string,
    person: { email: string; temporaryPassword: string; password: string },
  ): Promise<ApiSession> {
    const first = new ApiSession(baseUrl);
    await first.signIn(person.email, person.temporaryPassword);
    await first.expect(
      'POST',
      '/api/me/password',
      { currentPassword: person.temporaryPassword, newPassword: person.password },
      200,
    );
    const session = new ApiSession(baseUrl);
    await session.signIn(person.email, person.password);
    return session;
  }

  /** A ministry staff member on the team's roster, full time, with one current role; returns their id. */
  async addMember(
    teamId: string,
    member: { name: string; userId?: string | null; roleKey: string; subRoleKey?: string | null },
  ): Promise<string> {
    const created = await this.expect<{ id: string }>(
      'POST',
      `/api/teams/${teamId}/members`,
      {
        name: member.name,
        userId: member.userId ?? null,
        affiliation: 'ministry',
        basedInCountry: true,
        timeSharePercent: 100,
        funding: 'government',
        assignments: [{ roleKey: member.roleKey, subRoleKey: member.subRoleKey ?? null, status: 'current' }],
      },
      201,
    );
    return created.id;
  }

  /** A round on the latest version of the built-in framework; returns its id. */
  async openBuiltInRound(
    teamId: string,
    round: { name: string; opensOn: string; closesOn: string },
  ): Promise<string> {
    const { frameworks } = await this.expect<{
      frameworks: Array<{ builtIn: boolean; latestVersion: { id: string } }>;
    }>('GET', '/api/frameworks', undefined, 200);
    const frameworkVersionId = frameworks.find((framework) => framework.builtIn)!.latestVersion.id;
    const created = await this.expect<{ id: string }>(
      'POST',
      `/api/teams/${teamId}/rounds`,
      { ...round, frameworkVersionId },
      201,
    );
    return created.id;
  }

  /** An assessment of some areas of a member in a round; returns its id. */
  async addAssessment(
    teamId: string,
    roundId: string,
    assessment: {
      memberId: string;
      mode: 'self' | 'supervisor' | 'external';
      areaKeys: string[];
      /** Who answers a supervisor or external assessment (an account with a role in the team). */
      assessorUserId?: string;
    },
  ): Promise<string> {
    const created = await this.expect<{ id: string }>(
      'POST',
      `/api/teams/${teamId}/rounds/${roundId}/assessments`,
      assessment,
      201,
    );
    return created.id;
  }

  /**
   * Answers every skill of one area of an assessment at `level` (one for the whole area, or one
   * per category key) and submits it, as the person who answers it (the member for a
   * self-assessment, the assessor otherwise).
   */
  async answerArea(
    assessmentId: string,
    areaKey: string,
    level: number | ((categoryKey: string) => number),
  ): Promise<void> {
    const detail = await this.expect<{
      framework: {
        areas: Array<{ key: string; categories: Array<{ key: string; skills: Array<{ key: string }> }> }>;
      };
    }>('GET', `/api/assessments/${assessmentId}`, undefined, 200);
    const area = detail.framework.areas.find((candidate) => candidate.key === areaKey);
    if (!area) throw new Error(`no area ${areaKey} in assessment ${assessmentId}`);
    const levelOf = typeof level === 'number' ? () => level : level;
    const ratings = area.categories.flatMap((category) =>
      category.skills.map((skill) => ({ skillKey: skill.key, level: levelOf(category.key) })),
    );
    await this.expect('PUT', `/api/assessments/${assessmentId}/ratings`, { ratings, comments: [] }, 200);
    await this.expect('POST', `/api/assessments/${assessmentId}/submit`, undefined, 200);
  }
}
