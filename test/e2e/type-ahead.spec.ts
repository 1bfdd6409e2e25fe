// Type-ahead without false alarms: no "not found" while the cashier is still typing, only after a pause or
// on Enter; digits typed on the card or in the list of matches start the next search with them.
import type { Page } from '@playwright/test';
import { DEMO } from '../../electron/training/demo-data';
import { openCustomer, phoneField, screen, searchPhone } from './cashier';
import { expect, test } from './fixtures';
import { WINDOW_SIZES } from './sizes';

/** Records, from now on, whether "not found" ever appears anywhere in the page, the live region included. */
async function watchForNotFound(app: Page): Promise<() => Promise<boolean>> {
  await app.evaluate(() => {
    const seen = { notFound: false };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() => {
      if (document.body.textContent?.includes('Покупатель не найден')) seen.notFound = true;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => app.evaluate(() => (window as unknown as { seen: { notFound: boolean } }).seen.notFound);
}

/** Types a number the way a cashier does: a digit about every 120 ms, a breath between the groups. */
async function typeLikeACashier(app: Page, groups: string[]) {
  for (const group of groups) {
    await phoneField(app).pressSequentially(group, { delay: 120 });
    await app.waitForTimeout(450);
  }
}

for (const size of WINDOW_SIZES) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });

    test('a number typed at a natural pace is never called "not found" on its way', async ({ app }) => {
      const sawNotFound = await watchForNotFound(app);
      await typeLikeACashier(app, ['+7', '916', '123', '45', '67']);
      await app.keyboard.press('Enter');
      await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(screen(app)).toContainText('+7 (916) 123-45-67');
      expect(await sawNotFound()).toBe(false);
    });

    test('a number that does not exist is called so after a pause, without Enter', async ({ app }) => {
      await phoneField(app).pressSequentially('+7 900 000 00 01', { delay: 30 });
      await expect(screen(app).getByText('Покупатель не найден')).toBeVisible();
      await expect(app.getByRole('status').filter({ hasText: 'Покупатель не найден' })).toHaveCount(1);
    });

    test('Enter says "not found" at once', async ({ app }) => {
      await app.clock.install();
      await searchPhone(app, '+7 900 000 00 01');
      await expect(screen(app).getByText('Покупатель не найден')).toBeVisible();
    });

    test('digits typed on the card start the next search with them', async ({ app }) => {
      await openCustomer(app, '5678', DEMO.single.name);
      await app.keyboard.type('1222');
      await expect(phoneField(app)).toBeFocused();
      await expect(phoneField(app)).toHaveValue('1222');
      await expect(app.getByRole('list', { name: 'Найденные покупатели' }).getByRole('button')).toHaveCount(2);
    });

    test('digits typed in the list of matches start a new search with them', async ({ app }) => {
      await searchPhone(app, DEMO.sharedPhone.phone.slice(-4));
      await expect(app.getByRole('list', { name: 'Найденные покупатели' }).getByRole('button').first()).toBeFocused();
      await app.keyboard.type('5678');
      await expect(phoneField(app)).toBeFocused();
      await expect(phoneField(app)).toHaveValue('5678');
      await app.keyboard.press('Enter');
      await expect(app.getByRole('heading', { level: 1, name: DEMO.single.name })).toBeVisible();
    });
  });
}
