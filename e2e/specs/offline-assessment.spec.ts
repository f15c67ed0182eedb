import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppShellPage } from '../pages/app-shell.page.js';
import { AssessmentFormPage } from '../pages/assessment-form.page.js';
import { SignInPage } from '../pages/sign-in.page.js';
import { TeamPage } from '../pages/team.page.js';
import {
  closeBrowser,
  openBrowserSession,
  seriousAccessibilityViolations,
  setBrowserOnline,
  type BrowserSession,
} from '../support/browser.js';
import { takeExpectedFailure } from '../support/console-errors.js';
import { ApiSession } from '../support/api-session.js';
import { startCoreteamServer, type CoreteamServer } from '../support/coreteam-server.js';
import { startNetworkSwitch, type NetworkSwitch } from '../support/network-switch.js';
import { LEAD } from '../support/people.js';

const MEMBER = {
  name: 'Fátima Chissano',
  email: 'fatima.chissano@example.org',
  temporaryPassword: 'temporary phrase for fatima',
  password: 'rain on the road to xai-xai',
};

/** The scale as the form labels it, and the level the API stores for each. */
const OPTIONS: Array<{ option: string; level: number | null }> = [
  { option: '0 No experience', level: 0 },
  { option: '1 Basic', level: 1 },
  { option: '2 Independent', level: 2 },
  { option: '3 Expert', level: 3 },
  { option: 'N/A Not applicable', level: null },
];

/**
 * Requests the browser could not send while offline: expected here, and only here. Disconnected
 * is what the emulation says; a reset or refused connection is the relay switched off.
 */
const OFFLINE_REQUEST =
  /net::ERR_(INTERNET_DISCONNECTED|CONNECTION_RESET|CONNECTION_REFUSED|CONNECTION_CLOSED|EMPTY_RESPONSE)/;

function day(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Signs in with the temporary password, replaces it, and signs in again with the new one. */
interface AssessmentOnServer {
  ratings: Array<{ skillKey: string; level: number | null }>;
  framework: {
    areas: Array<{ key: string; categories: Array<{ skills: Array<{ key: string; name: string }> }> }>;
  };
}

describe('a member fills in a self-assessment without a network', () => {
  let server: CoreteamServer;
  /** The browser reaches the server through it; API sessions go direct. */
  let network: NetworkSwitch;
  /** The member on another device (a script using the API). */
  let memberApi: ApiSession;
  let assessmentId: string;
  let memberUserId: string;
  let member: BrowserSession;
  let form: AssessmentFormPage;
  let skills: string[] = [];
  /** Skill keys by the names the form shows. */
  let skillKeys = new Map<string, string>();

  async function ratingsOnServer(): Promise<Map<string, number | null>> {
    const detail = await memberApi.expect<AssessmentOnServer>(
      'GET',
      `/api/assessments/${assessmentId}`,
      undefined,
      200,
    );
    return new Map(detail.ratings.map((rating) => [rating.skillKey, rating.level]));
  }

  function unexpectedConsoleErrors(): string[] {
    return member.consoleErrors.filter((text) => !OFFLINE_REQUEST.test(text));
  }

  beforeAll(async () => {
    server = await startCoreteamServer();
    network = await startNetworkSwitch(server.baseUrl);
    const admin = new ApiSession(server.baseUrl);
    await admin.setUp(await server.setupLink());
    const teamId = await admin.createTeam();
    await admin.createAccount(teamId, LEAD, 'lead');
    memberUserId = await admin.createAccount(teamId, MEMBER, 'member');
    const lead = await ApiSession.withOwnPassword(server.baseUrl, LEAD);
    memberApi = await ApiSession.withOwnPassword(server.baseUrl, MEMBER);

    const memberId = await lead.addMember(teamId, {
      name: MEMBER.name,
      userId: memberUserId,
      roleKey: 'trainer',
    });
    const roundId = await lead.openBuiltInRound(teamId, {
      name: 'Baseline 2026',
      opensOn: day(0),
      closesOn: day(30),
    });
    assessmentId = await lead.addAssessment(teamId, roundId, {
      memberId,
      mode: 'self',
      areaKeys: ['trainer'],
    });
    const detail = await memberApi.expect<AssessmentOnServer>(
      'GET',
      `/api/assessments/${assessmentId}`,
      undefined,
      200,
    );
    skillKeys = new Map(
      detail.framework.areas
        .find((area) => area.key === 'trainer')!
        .categories.flatMap((category) => category.skills)
        .map((skill) => [skill.name, skill.key]),
    );
  });

  afterAll(async () => {
    await member?.close();
    await closeBrowser();
    await network?.close();
    await server?.stop();
  });

  it('opens the form once online, which keeps the app and the assessment on the device', async () => {
    member = await openBrowserSession();
    const signIn = new SignInPage(member.page, network.baseUrl);
    await signIn.open();
    await signIn.signIn(MEMBER.email, MEMBER.password);
    await new TeamPage(member.page, network.baseUrl).waitFor();
    form = new AssessmentFormPage(member.page, network.baseUrl);
    await form.open(assessmentId);
    await form.waitForOfflineReady();
    skills = await form.skillNames();
    expect(skills).toHaveLength(30);
    await form.waitUntilSaved();
    expect(await form.offlineCopyNotice.count()).toBe(0);
    expect(await form.offlineShellNotice.count()).toBe(0);
    expect(member.consoleErrors).toEqual([]);
  });

  it('keeps 10 answers given offline and still opens the form after a reload', async () => {
    await setBrowserOnline(member, false, network);
    await form.offlineShellNotice.waitFor();
    for (const [index, skill] of skills.slice(0, 10).entries()) {
      await form.option(skill, OPTIONS[index % OPTIONS.length]!.option).click();
    }
    await form.waitUntilWaitingToSync();
    await form.page.getByText('Overall: 10 of 30 answered').waitFor();

    const response = await member.page.reload();
    expect(response?.fromServiceWorker(), 'the page comes from the service worker').toBe(true);
    await form.waitFor();
    await form.offlineCopyNotice.waitFor();
    await form.offlineShellNotice.waitFor();
    for (const [index, skill] of skills.slice(0, 10).entries()) {
      expect(await form.answerOf(skill), skill).toBe(OPTIONS[index % OPTIONS.length]!.option);
    }
    expect(await form.answerOf(skills[10]!)).toBeUndefined();
    await form.waitUntilWaitingToSync();
    await expect(form.submitButton.isDisabled()).resolves.toBe(true);
    expect(await seriousAccessibilityViolations(member.page)).toEqual([]);
    // Nothing reached the server yet.
    expect((await ratingsOnServer()).size).toBe(0);
    expect(unexpectedConsoleErrors()).toEqual([]);
  });

  it('sends the 10 answers once the connection returns', async () => {
    await setBrowserOnline(member, true, network);
    await form.waitUntilSaved();
    await form.offlineCopyNotice.waitFor({ state: 'detached' });
    await form.offlineShellNotice.waitFor({ state: 'detached' });
    const levels = await ratingsOnServer();
    expect(levels.size).toBe(10);
    for (const [index, skill] of skills.slice(0, 10).entries()) {
      expect(levels.get(skillKeys.get(skill)!), skill).toBe(OPTIONS[index % OPTIONS.length]!.level);
    }
    // Read again from the server, the form shows the same answers.
    await form.waitFor();
    await form.page.getByText('Overall: 10 of 30 answered').waitFor();
    expect(unexpectedConsoleErrors()).toEqual([]);
  });

  it('keeps an answer changed on another device meanwhile and says which skill kept it', async () => {
    const [contested, uncontested] = [skills[12]!, skills[13]!];
    await setBrowserOnline(member, false, network);
    await form.option(contested, '1 Basic').click();
    await form.option(uncontested, '2 Independent').click();
    await form.waitUntilWaitingToSync();

    // Later, on another device, the member rates the same skill differently.
    await memberApi.expect(
      'PUT',
      `/api/assessments/${assessmentId}/ratings`,
      { ratings: [{ skillKey: skillKeys.get(contested), level: 3 }] },
      200,
    );

    await setBrowserOnline(member, true, network);
    await form.supersededNotice.waitFor();
    await form.waitUntilSaved();
    expect(await form.supersededSkills()).toEqual([contested]);
    expect(await form.supersededLink.textContent()).toBe('Answers changed elsewhere (1)');
    expect(await form.answerOf(contested)).toBe('3 Expert');
    expect(await form.answerOf(uncontested)).toBe('2 Independent');

    const levels = await ratingsOnServer();
    expect(levels.get(skillKeys.get(contested)!)).toBe(3);
    expect(levels.get(skillKeys.get(uncontested)!)).toBe(2);
    expect(levels.size).toBe(12);
    expect(await seriousAccessibilityViolations(member.page)).toEqual([]);
    expect(unexpectedConsoleErrors()).toEqual([]);
  });

  it('says when the server refused a save, and sends it again on Retry', async () => {
    const skill = skills[20]!;
    await member.page.route(
      '**/api/assessments/*/ratings',
      (route) =>
        route.fulfill({
          status: 409,
          contentType: 'application/json',
          body: JSON.stringify({ error: { code: 'conflict', message: 'Try again.', details: [] } }),
        }),
      { times: 1 },
    );
    await form.option(skill, '2 Independent').click();
    await form.syncStatus.filter({ hasText: /^Sync failed$/ }).waitFor();
    takeExpectedFailure(member, 409);
    expect((await ratingsOnServer()).has(skillKeys.get(skill)!)).toBe(false);

    await form.retryButton.click();
    await form.waitUntilSaved();
    expect((await ratingsOnServer()).get(skillKeys.get(skill)!)).toBe(2);
    expect(unexpectedConsoleErrors()).toEqual([]);
  });

  it('forgets what it kept on this device at sign-out, so an offline start shows nothing personal', async () => {
    expect((await form.deviceCopyKeys()).sort()).toEqual([
      `coreteam.offline.assessment.${memberUserId}.${assessmentId}`,
      'coreteam.offline.session',
    ]);
    await new AppShellPage(member.page, network.baseUrl).signOut();
    await new SignInPage(member.page, network.baseUrl).email.waitFor();
    expect(await form.deviceCopyKeys()).toEqual([]);

    await setBrowserOnline(member, false, network);
    await member.page.goto(`${network.baseUrl}/assessments/${assessmentId}`);
    await member.page.getByRole('heading', { level: 1, name: 'The server cannot be reached' }).waitFor();
    expect(await member.page.getByText(MEMBER.name).count()).toBe(0);
    await setBrowserOnline(member, true, network);
    expect(unexpectedConsoleErrors()).toEqual([]);
  });
});
