import type { Locator, Page } from 'playwright-core';

export interface RoleChoice {
  /** The role as the select shows it: the team's local name, else the framework's. */
  role: string;
  subRole?: string;
  envisioned?: boolean;
}

export interface NewMember {
  name: string;
  organisation?: string;
  affiliation?: string;
  /** The linked Coreteam account, as the select shows it: "Name (email)". */
  account?: string;
  basedInCountry?: boolean;
  timeSharePercent?: number;
  funding?: string;
  startDate?: string;
  endDate?: string;
  roles?: RoleChoice[];
}

/** Chooses an option of a DHIS2 select (a combobox named by its label) inside `scope`. */
async function choose(page: Page, scope: Locator, label: RegExp, option: string): Promise<void> {
  const combobox = scope.getByRole('combobox', { name: label });
  // Choosing the option already shown leaves the list open: there is nothing to do.
  if ((await combobox.textContent())?.trim() === option) return;
  await combobox.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** /teams/:teamId/members: the people who fill the team's roles. */
export class RosterPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly status: Locator;
  readonly addForm: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Roster' });
    this.table = page.getByRole('table');
    this.status = page.getByRole('status');
    this.addForm = page
      .locator('form')
      .filter({ has: page.getByRole('button', { name: 'Add to the roster' }) });
  }

  async open(teamId: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/teams/${teamId}/members`);
    await this.heading.waitFor();
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ hasText: name });
  }

  /** Fills the add form; `submit` sends it (the caller waits for the outcome). */
  async fillNewMember(member: NewMember): Promise<void> {
    if (!(await this.addForm.isVisible())) {
      await this.page.getByRole('button', { name: 'Add a member' }).click();
    }
    const form = this.addForm;
    await form.getByLabel(/^Name/).fill(member.name);
    if (member.organisation !== undefined) await form.getByLabel(/^Organisation/).fill(member.organisation);
    if (member.affiliation) await choose(this.page, form, /^Affiliation/, member.affiliation);
    if (member.account) await choose(this.page, form, /^Coreteam account/, member.account);
    if (member.basedInCountry === false) await form.getByLabel('Based in the country').uncheck();
    if (member.timeSharePercent !== undefined) {
      await form.getByLabel(/^Time on DHIS2/).fill(String(member.timeSharePercent));
    }
    if (member.funding) await choose(this.page, form, /^Funding/, member.funding);
    if (member.startDate !== undefined) await form.getByLabel(/^Start date/).fill(member.startDate);
    if (member.endDate !== undefined) await form.getByLabel(/^End date/).fill(member.endDate);
    await this.fillRoles(form, member.roles ?? []);
  }

  async submitNewMember(): Promise<void> {
    await this.addForm.getByRole('button', { name: 'Add to the roster' }).click();
  }

  async addMember(member: NewMember): Promise<void> {
    await this.fillNewMember(member);
    await this.submitNewMember();
    await this.status.filter({ hasText: `${member.name} is added to the roster.` }).waitFor();
  }

  /** Opens the member's roles, replaces them with `roles`, saves and waits for the dialog to close. */
  async setRoles(name: string, roles: RoleChoice[]): Promise<void> {
    await this.page.getByRole('button', { name: `Roles of ${name}`, exact: true }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('heading', { name: `Roles of ${name}` }).waitFor();
    const remove = dialog.getByRole('button', { name: /^Remove role/ });
    while ((await remove.count()) > 0) await remove.first().click();
    await this.fillRoles(dialog, roles);
    await dialog.getByRole('button', { name: 'Save roles' }).click();
    await dialog.waitFor({ state: 'detached' });
    await this.status.filter({ hasText: `The roles of ${name} are saved.` }).waitFor();
  }

  private async fillRoles(scope: Locator, roles: RoleChoice[]): Promise<void> {
    const groups = scope.getByRole('group', { name: /^Role \d+$/ });
    const existing = await groups.count();
    for (const [index, choice] of roles.entries()) {
      await scope.getByRole('button', { name: 'Add a role' }).click();
      const group = scope.getByRole('group', { name: `Role ${existing + index + 1}`, exact: true });
      await choose(this.page, group, /^Role/, choice.role);
      if (choice.subRole) await choose(this.page, group, /^Sub-role/, choice.subRole);
      if (choice.envisioned) await choose(this.page, group, /^Status/, 'Envisioned');
    }
  }

  async recordDeparture(name: string, endDate: string, reason: string): Promise<void> {
    await this.page.getByRole('button', { name: `Record the departure of ${name}` }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(/^End date/).fill(endDate);
    await dialog.getByLabel(/^Reason for leaving/).fill(reason);
    await dialog.getByRole('button', { name: 'Record departure' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** Opens the member's growth opportunities; answers the dialog. */
  async openGrowth(name: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Growth opportunities of ${name}` }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('heading', { name: `Growth opportunities of ${name}` }).waitFor();
    return dialog;
  }

  async recordGrowth(dialog: Locator, kind: string, date: string, note: string): Promise<void> {
    await choose(this.page, dialog, /^Opportunity/, kind);
    await dialog.getByLabel(/^Date/).fill(date);
    await dialog.getByLabel(/^Note/).fill(note);
    await dialog.getByRole('button', { name: 'Record', exact: true }).click();
    await dialog.getByRole('list').getByText(note).waitFor();
  }
}
