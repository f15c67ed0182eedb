import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssessmentResultsPage } from '../pages/assessment-results.page.js';
import { SignInPage } from '../pages/sign-in.page.js';
import { TeamPage } from '../pages/team.page.js';
import {
  closeBrowser,
  openBrowserSession,
  seriousAccessibilityViolations,
  type BrowserSession,
} from '../support/browser.js';
import { ApiSession } from '../support/api-session.js';
import { startCoreteamServer, type CoreteamServer } from '../support/coreteam-server.js';
import { LEAD, VIEWER } from '../support/people.js';

interface Person {
  name: string;
  email: string;
  temporaryPassword: string;
  password: string;
}

const ANA: Person = {
  name: 'Ana Cossa',
  email: 'ana.cossa@example.org',
  temporaryPassword: 'temporary phrase for ana',
  password: 'cashew trees in the dry season',
};
const BENTO: Person = {
  name: 'Bento Macuácua',
  email: 'bento.macuacua@example.org',
  temporaryPassword: 'temporary phrase for bento',
  password: 'fishing boats at first light',
};
const CARLA: Person = {
  name: 'Carla Tembe',
  email: 'carla.tembe@example.org',
  temporaryPassword: 'temporary phrase for carla',
  password: 'mangroves along the estuary',
};
const HOSTILE_COMMENT = '<img src=x onerror=alert(1)>';
/** Any alert() the page runs: there must be none. */
const dialogs: string[] = [];
const BASELINE = 'Baseline 2026';
const FOLLOW_UP = 'Follow-up 2026';

/** A calendar date `days` after today (negative: before), as the API takes it. */
function day(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A new account with a role in the team, which then replaces its temporary password. */
async function newAccount(
  admin: ApiSession,
  baseUrl: string,
  teamId: string,
  person: Person,
  role: 'lead' | 'member' | 'viewer',
): Promise<{ userId: string; session: ApiSession }> {
  const userId = await admin.createAccount(teamId, person, role);
  const session = new ApiSession(baseUrl);
  await session.signIn(person.email, person.temporaryPassword);
  const changed = await session.call('POST', '/api/me/password', {
    currentPassword: person.temporaryPassword,
    newPassword: person.password,
  });
  expect([200, 204], JSON.stringify(changed.body)).toContain(changed.status);
  const signedIn = new ApiSession(baseUrl);
  await signedIn.signIn(person.email, person.password);
  return { userId, session: signedIn };
}

/** The Trainer area of the default framework: 8 categories, 30 skills. */
type Outline = Array<{
  key: string;
  name: string;
  categories: Array<{ key: string; name: string; skills: Array<{ key: string }> }>;
}>;

/**
 * Ratings for every Trainer skill: `level` everywhere, except the categories named in `overrides`
 * (by the category key's last part), which get their own list of levels in skill order.
 */
function trainerRatings(
  areas: Outline,
  level: number,
  overrides: Record<string, Array<number | null>> = {},
): Array<{ skillKey: string; level: number | null }> {
  const trainer = areas.find((area) => area.key === 'trainer')!;
  return trainer.categories.flatMap((category) => {
    const own = overrides[category.key.replace('trainer.', '')];
    return category.skills.map((skill, index) => ({
      skillKey: skill.key,
      level: own ? (own[index] ?? null) : level,
    }));
  });
}

describe('a lead reads a round’s results, the heatmap and the change since the baseline', () => {
  let server: CoreteamServer;
  let teamId: string;
  let baselineId: string;
  let followUpId: string;
  const memberIds = new Map<string, string>();
  let lead: BrowserSession;
  let viewer: BrowserSession | undefined;

  beforeAll(async () => {
    server = await startCoreteamServer();
    const admin = new ApiSession(server.baseUrl);
    await admin.setUp(await server.setupLink());
    const team = await admin.expect<{ id: string }>(
      'POST',
      '/api/teams',
      { name: 'Mozambique core team', countryCode: 'MZ', baseCurrency: 'MZN' },
      201,
    );
    teamId = team.id;
    const { session: leadApi } = await newAccount(admin, server.baseUrl, teamId, { ...LEAD }, 'lead');
    await newAccount(admin, server.baseUrl, teamId, { ...VIEWER }, 'viewer');

    const people = new Map<string, ApiSession>();
    for (const person of [ANA, BENTO, CARLA]) {
      const { userId, session } = await newAccount(admin, server.baseUrl, teamId, person, 'member');
      people.set(person.name, session);
      const member = await leadApi.expect<{ id: string }>(
        'POST',
        `/api/teams/${teamId}/members`,
        {
          name: person.name,
          userId,
          affiliation: 'ministry',
          basedInCountry: true,
          timeSharePercent: 100,
          funding: 'government',
          assignments: [{ roleKey: 'trainer', subRoleKey: null, status: 'current' }],
        },
        201,
      );
      memberIds.set(person.name, member.id);
    }

    const { frameworks } = await leadApi.expect<{
      frameworks: Array<{ builtIn: boolean; latestVersion: { id: string } }>;
    }>('GET', '/api/frameworks', undefined, 200);
    const frameworkVersionId = frameworks.find((framework) => framework.builtIn)!.latestVersion.id;

    /** A round in which each member submits a self-assessment of the Trainer area. */
    const round = async (
      name: string,
      opensOn: string,
      ratingsOf: (areas: Outline) => Record<string, Array<{ skillKey: string; level: number | null }>>,
    ): Promise<string> => {
      const created = await leadApi.expect<{ id: string }>(
        'POST',
        `/api/teams/${teamId}/rounds`,
        { name, frameworkVersionId, opensOn, closesOn: day(30) },
        201,
      );
      for (const person of [ANA, BENTO, CARLA]) {
        const assessment = await leadApi.expect<{ id: string }>(
          'POST',
          `/api/teams/${teamId}/rounds/${created.id}/assessments`,
          { memberId: memberIds.get(person.name), mode: 'self', areaKeys: ['trainer'] },
          201,
        );
        const respondent = people.get(person.name)!;
        const detail = await respondent.expect<{ framework: { areas: Outline } }>(
          'GET',
          `/api/assessments/${assessment.id}`,
          undefined,
          200,
        );
        const ratings = ratingsOf(detail.framework.areas)[person.name]!;
        expect(ratings).toHaveLength(30);
        // Bento's comment is written as markup: it must show as text and run nothing (stored XSS).
        const comments =
          person === BENTO
            ? [
                {
                  categoryKey: detail.framework.areas.find((area) => area.key === 'trainer')!.categories[0]!
                    .key,
                  comment: HOSTILE_COMMENT,
                },
              ]
            : [];
        await respondent.expect(
          'PUT',
          `/api/assessments/${assessment.id}/ratings`,
          { ratings, comments },
          200,
        );
        await respondent.expect('POST', `/api/assessments/${assessment.id}/submit`, undefined, 200);
      }
      return created.id;
    };

    // Baseline: 1 everywhere, but Carla already plans training needs independently (2).
    baselineId = await round(BASELINE, day(-20), (areas) => ({
      [ANA.name]: trainerRatings(areas, 1),
      [BENTO.name]: trainerRatings(areas, 1),
      [CARLA.name]: trainerRatings(areas, 1, { 'needs-and-objectives': [2, 2, 2] }),
    }));
    // Follow-up: 2 everywhere, with Ana ahead on needs (3, 2, 2 → 2.3), Bento behind on delivery
    // (1, 1, 2, 2 → 1.5, below the target of 2), and Carla rating learning content all N/A.
    followUpId = await round(FOLLOW_UP, day(0), (areas) => ({
      [ANA.name]: trainerRatings(areas, 2, { 'needs-and-objectives': [3, 2, 2] }),
      [BENTO.name]: trainerRatings(areas, 2, { delivery: [1, 1, 2, 2] }),
      [CARLA.name]: trainerRatings(areas, 2, { 'learning-content': [null, null, null, null] }),
    }));

    lead = await openBrowserSession();
    lead.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });

  afterAll(async () => {
    await viewer?.close();
    await lead?.close();
    await closeBrowser();
    await server?.stop();
  });

  async function signIn(session: BrowserSession, person: { email: string; password: string }): Promise<void> {
    const page = new SignInPage(session.page, server.baseUrl);
    await page.open();
    await page.signIn(person.email, person.password);
    await new TeamPage(session.page, server.baseUrl).waitFor();
  }

  it('shows the lead the heatmap, members in roster order, with the hand-computed scores', async () => {
    await signIn(lead, LEAD);
    const results = new AssessmentResultsPage(lead.page, server.baseUrl);
    await results.openRound(teamId, followUpId, FOLLOW_UP);
    await results.heatmap.waitFor();
    expect(await results.heatmapRowNames()).toEqual([
      'Ana Cossa (self)',
      'Bento Macuácua (self)',
      'Carla Tembe (self)',
    ]);
    // Ana: needs (3 + 2 + 2) / 3 = 2.3; area (2.33 + 7 × 2) / 8 = 2.04.
    expect(await results.heatmapCell('Ana Cossa (self)', 'Training needs and learning objectives')).toEqual({
      text: '2.3',
      belowTarget: false,
    });
    expect(await results.heatmapCell('Ana Cossa (self)', 'Area score')).toMatchObject({ text: '2.0' });
    // Bento: delivery (1 + 1 + 2 + 2) / 4 = 1.5, below the Trainer's target of 2; area 15.5 / 8 = 1.9.
    expect(await results.heatmapCell('Bento Macuácua (self)', 'Training delivery')).toEqual({
      text: '1.5',
      belowTarget: true,
    });
    expect(await results.heatmapCell('Bento Macuácua (self)', 'Area score')).toMatchObject({ text: '1.9' });
    // Carla: learning content all N/A has no score (not 0); her area is the mean of the other 7.
    expect(await results.heatmapCell('Carla Tembe (self)', 'Learning content and tools')).toEqual({
      text: 'N/A',
      belowTarget: false,
    });
    expect(await results.heatmapCell('Carla Tembe (self)', 'Area score')).toMatchObject({ text: '2.0' });

    // Team figures: delivery mean (2 + 1.5 + 2) / 3 = 1.8, two of three at the target.
    const delivery = await results.row(results.tableByCaption('Trainer: categories'), 'Training delivery');
    expect(delivery).toEqual(['Training delivery', '1.8', '1.5', '2.0', '2 of 3', '2.0']);
    const needs = await results.row(
      results.tableByCaption('Trainer: categories'),
      'Training needs and learning objectives',
    );
    expect(needs).toEqual(['Training needs and learning objectives', '2.1', '2.0', '2.3', '3 of 3', '2.0']);
    expect(
      await results.main.getByRole('img', { name: /Bar chart of the team.s mean score per area/ }).count(),
    ).toBe(1);
    expect(await lead.page.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).toBe(
      `/api/teams/${teamId}/rounds/${followUpId}/export?format=csv`,
    );
    expect(await seriousAccessibilityViolations(lead.page)).toEqual([]);
    expect(lead.consoleErrors).toEqual([]);
  });

  it('compares with the baseline: deltas and how many improved', async () => {
    const results = new AssessmentResultsPage(lead.page, server.baseUrl);
    // The previous round is the default baseline; choosing "no comparison" and back works too.
    await lead.page.getByRole('heading', { name: `Change since ${BASELINE}` }).waitFor();
    await results.compareWith('No comparison');
    await lead.page.getByRole('heading', { name: `Change since ${BASELINE}` }).waitFor({ state: 'detached' });
    await results.compareWith(BASELINE);
    await lead.page.getByRole('heading', { name: `Change since ${BASELINE}` }).waitFor();
    expect(lead.page.url()).toContain(`compareTo=${baselineId}`);

    const team = results.byTestId('team-change-self');
    // Needs: baseline (1 + 1 + 2) / 3 = 1.3, now 2.1, +0.8; Ana and Bento improved, Carla stayed at 2.
    expect(await results.row(team, 'Training needs and learning objectives')).toEqual([
      'Training needs and learning objectives',
      '1.3',
      '2.1',
      '▲ +0.8 up',
      '2 / 0 / 1',
    ]);
    // Delivery: 1.0 → 1.8, all three improved (Bento 1 → 1.5).
    expect(await results.row(team, 'Training delivery')).toEqual([
      'Training delivery',
      '1.0',
      '1.8',
      '▲ +0.8 up',
      '3 / 0 / 0',
    ]);
    const counts = (await results.main.getByRole('list', { name: /went up, down/ }).textContent()) ?? '';
    expect(counts).toContain('Areas: 1 improved, 0 declined, 0 unchanged');
    expect(counts).toContain('Categories: 8 improved, 0 declined, 0 unchanged');

    const members = results.byTestId('member-changes');
    const bentoRow = (await results.rows(members)).find((cells) => cells[0] === 'Bento Macuácua (self)');
    // Bento's Trainer area: 1.0 → 15.5 / 8 = 1.9.
    expect(bentoRow?.slice(0, 5)).toEqual(['Bento Macuácua (self)', 'Trainer', '1.0', '1.9', '▲ +0.9 up']);
    await members
      .getByRole('button', { name: /Show categories for Bento Macuácua \(self\), Trainer/ })
      .click();
    expect((await results.rows(members)).map((cells) => cells.slice(1, 5))).toContainEqual([
      'Training delivery',
      '1.0',
      '1.5',
      '▲ +0.5 up',
    ]);
    expect(await seriousAccessibilityViolations(lead.page)).toEqual([]);
    expect(lead.consoleErrors).toEqual([]);
  });

  it('opens a member’s results from the heatmap: area scores as a table and the priority gap', async () => {
    const results = new AssessmentResultsPage(lead.page, server.baseUrl);
    await results.openRound(teamId, followUpId, FOLLOW_UP);
    await results.heatmap.getByRole('link', { name: 'Bento Macuácua (self)' }).click();
    await lead.page.getByRole('heading', { level: 1, name: 'Results of Bento Macuácua' }).waitFor();
    expect(await results.rows(results.byTestId('area-scores'))).toEqual([['Trainer', '1.9', '2.0']]);
    expect(
      await results.main.getByRole('img', { name: /Horizontal bar chart of the area scores/ }).count(),
    ).toBe(1);
    const gaps = await results.rows(results.byTestId('priority-gaps'));
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.slice(0, 6)).toEqual([
      'Training deliveryTrainer',
      'Trainer',
      'Current',
      '2.0',
      '1.5',
      '0.5',
    ]);
    expect(gaps[0]![6]).toMatch(/: 1.*: 1/);
    expect(await results.main.textContent()).toContain('Read from the self-assessment.');
    await results.main.getByText(HOSTILE_COMMENT, { exact: true }).first().waitFor();
    expect(await results.main.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await seriousAccessibilityViolations(lead.page)).toEqual([]);
    expect(lead.consoleErrors).toEqual([]);
  });

  it('shows a viewer the team figures only: no member names anywhere', async () => {
    viewer = await openBrowserSession();
    await signIn(viewer, VIEWER);
    const results = new AssessmentResultsPage(viewer.page, server.baseUrl);
    await results.openRound(teamId, followUpId, FOLLOW_UP);
    await viewer.page.getByRole('heading', { name: `Change since ${BASELINE}` }).waitFor();
    const text = (await viewer.page.locator('body').textContent()) ?? '';
    for (const person of [ANA, BENTO, CARLA]) expect(text).not.toContain(person.name);
    expect(text).toContain('Individual results are shown only to the member');
    expect(await results.heatmap.count()).toBe(0);
    expect(await viewer.page.getByRole('link', { name: 'Download CSV' }).count()).toBe(0);
    const categories = results.tableByCaption('Trainer: categories');
    expect(await results.row(categories, 'Training delivery')).toEqual([
      'Training delivery',
      '1.8',
      '1.5',
      '2.0',
      '2 of 3',
      '2.0',
    ]);
    // Learning content was scored by two people only (Carla answered N/A): hidden from a viewer.
    expect(await results.row(categories, 'Learning content and tools')).toEqual([
      'Learning content and tools',
      'Hidden: fewer than 3 people',
      'Hidden: fewer than 3 people',
      '2.0',
    ]);
    expect(await seriousAccessibilityViolations(viewer.page)).toEqual([]);
    expect(viewer.consoleErrors).toEqual([]);
  });
});
