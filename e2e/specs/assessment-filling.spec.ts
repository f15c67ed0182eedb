import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssessmentFormPage } from '../pages/assessment-form.page.js';
import { ChangePasswordPage } from '../pages/change-password.page.js';
import { RoundPage, RoundsPage } from '../pages/rounds.page.js';
import { SignInPage } from '../pages/sign-in.page.js';
import { TeamPage } from '../pages/team.page.js';
import {
  closeBrowser,
  openBrowserSession,
  seriousAccessibilityViolations,
  type BrowserSession,
} from '../support/browser.js';
import { takeExpectedFailure } from '../support/console-errors.js';
import { ApiSession } from '../support/api-session.js';
import { startCoreteamServer, type CoreteamServer } from '../support/coreteam-server.js';
import { LEAD } from '../support/people.js';

const MEMBER = {
  name: 'Joaquim Nhantumbo',
  email: 'joaquim.nhantumbo@example.org',
  temporaryPassword: 'temporary member phrase',
  password: 'lighthouse at inhambane bay',
};
const ROUND = 'Baseline 2026';
const TRAINER_AREA = 'Trainer';

async function signIn(
  session: BrowserSession,
  baseUrl: string,
  person: { email: string; temporaryPassword: string; password: string },
  first: boolean,
): Promise<void> {
  const page = new SignInPage(session.page, baseUrl);
  await page.open();
  await page.signIn(person.email, first ? person.temporaryPassword : person.password);
  if (first) {
    const change = new ChangePasswordPage(session.page);
    await change.waitFor();
    await change.replaceTemporaryPassword(person.temporaryPassword, person.password);
  }
  await new TeamPage(session.page, baseUrl).waitFor();
}

describe('a member fills a self-assessment over two browser sessions and submits it', () => {
  let server: CoreteamServer;
  let admin: ApiSession;
  let teamId: string;
  let assessmentId: string;
  let lead: BrowserSession;
  let member: BrowserSession | undefined;
  /** The form's skills, in order, as the member sees them. */
  let skills: string[] = [];

  beforeAll(async () => {
    server = await startCoreteamServer();
    admin = new ApiSession(server.baseUrl);
    await admin.setUp(await server.setupLink());
    const team = await admin.expect<{ id: string }>(
      'POST',
      '/api/teams',
      { name: 'Mozambique core team', countryCode: 'MZ', baseCurrency: 'MZN' },
      201,
    );
    teamId = team.id;
    await admin.createAccount(teamId, LEAD, 'lead');
    const memberUserId = await admin.createAccount(teamId, MEMBER, 'member');
    await admin.expect(
      'POST',
      `/api/teams/${teamId}/members`,
      {
        name: MEMBER.name,
        userId: memberUserId,
        affiliation: 'ministry',
        basedInCountry: true,
        timeSharePercent: 100,
        funding: 'government',
        assignments: [
          { roleKey: 'trainer', subRoleKey: null, status: 'current' },
          { roleKey: 'implementer', subRoleKey: 'technical', status: 'envisioned' },
        ],
      },
      201,
    );
    lead = await openBrowserSession();
  });

  afterAll(async () => {
    await member?.close();
    await lead?.close();
    await closeBrowser();
    await server?.stop();
  });

  it('lets a lead open a round, naming the field the server refused', async () => {
    await signIn(lead, server.baseUrl, LEAD, true);
    await lead.page.getByRole('link', { name: 'Assessment rounds' }).click();
    const rounds = new RoundsPage(lead.page, server.baseUrl);
    await rounds.heading.waitFor();
    await lead.page.getByText('No assessment rounds yet.', { exact: false }).waitFor();

    await rounds.submitNewRound({ name: ROUND, opensOn: '2026-03-10', closesOn: '2026-03-01' });
    await rounds.fieldError('The closing date must be on or after the opening date.').waitFor();
    takeExpectedFailure(lead, 400);

    const today = new Date().toISOString().slice(0, 10);
    const later = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await rounds.submitNewRound({ name: ROUND, opensOn: today, closesOn: later });
    const round = new RoundPage(lead.page);
    await round.waitFor(ROUND);
    expect(await lead.page.getByRole('main').textContent()).toContain('DHIS2 core team capacity framework');
    expect(await seriousAccessibilityViolations(lead.page)).toEqual([]);
    expect(lead.consoleErrors).toEqual([]);
  });

  it('lets the lead add a self-assessment of one area, showing each mode’s strengths and limits', async () => {
    const round = new RoundPage(lead.page);
    const { modeTexts } = await round.addAssessment({
      member: MEMBER.name,
      mode: 'Self-assessment',
      areas: [TRAINER_AREA],
    });
    expect(modeTexts.join(' ')).toContain('people take ownership');
    expect(modeTexts.join(' ')).toContain('Costs more and takes longer');
    await round.status
      .filter({ hasText: `Self-assessment of ${MEMBER.name} added, covering: Trainer.` })
      .waitFor();
    const row = round.row(MEMBER.name);
    expect(await row.textContent()).toContain('Not started');
    expect(await row.textContent()).toContain('0 of 30 answered');
    const href = await row.getByRole('link').getAttribute('href');
    assessmentId = href!.replace('/assessments/', '');
    expect(lead.consoleErrors).toEqual([]);
  });

  it('saves answers given with the keyboard and the mouse, and a comment, as they are given', async () => {
    member = await openBrowserSession();
    await signIn(member, server.baseUrl, MEMBER, true);
    await member.page.goto(`${server.baseUrl}/`);
    await member.page.getByRole('link', { name: `${ROUND}: your self-assessment` }).click();
    const form = new AssessmentFormPage(member.page, server.baseUrl);
    await form.waitFor();
    skills = await form.skillNames();
    expect(skills).toHaveLength(30);
    await form.page.getByText('Overall: 0 of 30 answered').waitFor();
    // The descriptors of the scale are written out next to every question.
    expect(await form.skill(skills[0]!).textContent()).toContain('Independent');
    expect(
      await form
        .skill(skills[0]!)
        .getByText(/looking things up when needed/)
        .count(),
    ).toBe(1);

    // Keyboard: focus the first skill's scale, Space picks, arrows move, Tab goes to the next skill.
    await form.option(skills[0]!, '0 No experience').focus();
    await member.page.keyboard.press('Space');
    await member.page.keyboard.press('ArrowRight');
    await member.page.keyboard.press('ArrowRight');
    await member.page.keyboard.press('Tab');
    await member.page.keyboard.press('Space');
    await member.page.keyboard.press('ArrowRight');
    expect(await form.answerOf(skills[0]!)).toBe('2 Independent');
    expect(await form.answerOf(skills[1]!)).toBe('1 Basic');
    // The mouse: an expert answer and an N/A.
    await form.option(skills[2]!, '3 Expert').click();
    await form.option(skills[3]!, 'N/A Not applicable').click();
    const category = (await form.skill(skills[0]!).locator('xpath=ancestor::section[1]//h3').textContent())!;
    await form.comment(category).fill('I trained district staff twice last year.');
    await member.page.keyboard.press('Tab');
    await form.waitUntilSaved();
    await form.page.getByText('Overall: 4 of 30 answered').waitFor();
    expect(await seriousAccessibilityViolations(member.page)).toEqual([]);
    expect(member.consoleErrors).toEqual([]);
    // Closing the browser loses nothing.
    await member.close();
    member = undefined;
  });

  it('finds the answers again in a new browser session, lists what is missing, then submits', async () => {
    member = await openBrowserSession();
    await signIn(member, server.baseUrl, MEMBER, false);
    const form = new AssessmentFormPage(member.page, server.baseUrl);
    await form.open(assessmentId);
    expect(await form.answerOf(skills[0]!)).toBe('2 Independent');
    expect(await form.answerOf(skills[1]!)).toBe('1 Basic');
    expect(await form.answerOf(skills[2]!)).toBe('3 Expert');
    expect(await form.answerOf(skills[3]!)).toBe('N/A Not applicable');
    expect(await form.answerOf(skills[4]!)).toBeUndefined();
    const category = (await form.skill(skills[0]!).locator('xpath=ancestor::section[1]//h3').textContent())!;
    expect(await form.comment(category).inputValue()).toBe('I trained district staff twice last year.');

    // Answer all but the last two, then try to submit.
    for (const skill of skills.slice(4, -2)) await form.option(skill, '2 Independent').click();
    await form.waitUntilSaved();
    await form.submitButton.click();
    await form.missingList.waitFor();
    takeExpectedFailure(member, 422);
    const missing = await form.missingList.getByRole('link').allTextContents();
    expect(missing).toEqual(skills.slice(-2));
    // A missing skill's link takes the keyboard to it.
    await form.missingList.getByRole('link', { name: skills.at(-2)! }).click();
    expect(
      await member.page.evaluate(
        () => document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent,
      ),
    ).toBe(skills.at(-2));
    await member.page.keyboard.press('Space');
    await form.option(skills.at(-1)!, '1 Basic').click();
    await form.waitUntilSaved();
    await form.page.getByText('Overall: 30 of 30 answered').waitFor();

    await form.submitButton.click();
    await form.readOnlyNote.waitFor();
    expect(await member.page.getByRole('radio').count()).toBe(0);
    expect(await form.submitButton.count()).toBe(0);
    expect(await member.page.getByRole('main').textContent()).toContain(
      'I trained district staff twice last year.',
    );
    expect(await seriousAccessibilityViolations(member.page)).toEqual([]);
    expect(member.consoleErrors).toEqual([]);
  });

  it('has stored every rating on the server', async () => {
    const api = new ApiSession(server.baseUrl);
    await api.signIn(MEMBER.email, MEMBER.password);
    const detail = await api.expect<{
      status: string;
      ratings: { skillKey: string; level: number | null }[];
      comments: { comment: string }[];
      framework: { areas: { key: string; categories: { skills: { key: string; name: string }[] }[] }[] };
    }>('GET', `/api/assessments/${assessmentId}`, undefined, 200);
    expect(detail.status).toBe('submitted');
    const trainer = detail.framework.areas.find((area) => area.key === 'trainer')!;
    const keyOf = new Map(
      trainer.categories.flatMap((c) => c.skills).map((skill) => [skill.name, skill.key]),
    );
    const levels = new Map(detail.ratings.map((rating) => [rating.skillKey, rating.level]));
    expect(detail.ratings).toHaveLength(30);
    expect(levels.get(keyOf.get(skills[0]!)!)).toBe(2);
    expect(levels.get(keyOf.get(skills[1]!)!)).toBe(1);
    expect(levels.get(keyOf.get(skills[2]!)!)).toBe(3);
    expect(levels.get(keyOf.get(skills[3]!)!)).toBeNull();
    expect(levels.get(keyOf.get(skills[10]!)!)).toBe(2);
    expect(levels.get(keyOf.get(skills.at(-2)!)!)).toBe(0);
    expect(levels.get(keyOf.get(skills.at(-1)!)!)).toBe(1);
    expect(detail.comments.map((each) => each.comment)).toEqual([
      'I trained district staff twice last year.',
    ]);
  });

  it('shows the lead the submitted assessment, with a way to reopen it', async () => {
    const round = new RoundPage(lead.page);
    await lead.page.reload();
    await round.waitFor(ROUND);
    const row = round.row(MEMBER.name);
    expect(await row.textContent()).toContain('Submitted');
    expect(await row.textContent()).toContain('30 of 30 answered');
    await row.getByRole('button', { name: `Reopen the assessment of ${MEMBER.name}` }).click();
    await round.status
      .filter({ hasText: `The assessment of ${MEMBER.name} is open again for changes.` })
      .waitFor();
    expect(lead.consoleErrors).toEqual([]);
  });
});
