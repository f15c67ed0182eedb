import type { Page } from 'playwright-core';

/**
 * Chooses an option in a DHIS2 select (a combobox named by its label), typing into its filter
 * first when it has one, as a person does with a long list.
 */
export async function chooseOption(
  page: Page,
  label: string,
  option: string,
  filter?: string,
): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  if (filter) await page.getByRole('textbox', { name: 'Filter the options' }).fill(filter);
  await page.getByRole('option', { name: option, exact: true }).click();
}
