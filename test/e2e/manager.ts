// Steps the manager's specs share: into the settings past the PIN, and an accessibility check of what is on screen.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Opens the settings with F10 and gets past the PIN, choosing it first (typed twice) when none is set yet. */
export async function openSettings(app: Page, pin: string): Promise<void> {
  await app.keyboard.press('F10');
  const repeat = app.getByLabel('PIN ещё раз');
  await expect(app.getByRole('heading', { name: /PIN менеджера/ })).toBeVisible();
  await app.getByLabel('PIN', { exact: true }).fill(pin);
  if (await repeat.isVisible()) await repeat.fill(pin);
  await app.keyboard.press('Enter');
  await expect(app.getByLabel('Адрес API')).toBeVisible();
}

/** Axe finds no violation on the page as it is now. */
export async function noAxeViolations(app: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page: app }).analyze();
  expect(
    violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}
