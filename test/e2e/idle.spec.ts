// The till forgets: two minutes without input and the window is back at an empty search with the customer's
// data gone from it, but never while a write-off is being checked.
import { DEMO } from '../../electron/training/demo-data';
import { settlingWriteOffs } from '../support/settling-write-offs';
import { confirmRichPoints, openCustomer, phoneField, screen } from './cashier';
import { expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

test('two minutes without input: back to an empty search, the customer gone from the page', async ({ app }) => {
  await app.clock.install();
  await openCustomer(app, '5678', DEMO.single.name);
  await app.clock.runFor(110_000);
  await expect(app.getByRole('heading', { level: 1, name: DEMO.single.name })).toBeVisible();
  await app.keyboard.press('F3');
  await app.clock.runFor(110_000);
  await expect(screen(app).getByRole('heading', { name: 'История операций' })).toBeVisible();
  await app.clock.runFor(11_000);
  await expect(phoneField(app)).toBeFocused();
  await expect(phoneField(app)).toHaveValue('');
  await expect(app.locator('body')).not.toContainText(DEMO.single.name);
  await expect(app.locator('body')).not.toContainText(DEMO.single.email);
});

test.describe('a manager set five minutes', () => {
  test.use({ deskOptions: { till: { idleMinutes: 5 } } });

  test('the till keeps the customer past two minutes and forgets them at five', async ({ app }) => {
    await app.clock.install();
    await openCustomer(app, '5678', DEMO.single.name);
    await app.clock.runFor(290_000);
    await expect(app.getByRole('heading', { level: 1, name: DEMO.single.name })).toBeVisible();
    await app.clock.runFor(11_000);
    await expect(phoneField(app)).toHaveValue('');
    await expect(app.locator('body')).not.toContainText(DEMO.single.name);
    await saveScreenshot(app, '44-idle-return');
  });
});

test.describe('while a write-off is being checked', () => {
  const settlement = settlingWriteOffs([{ state: 'in-doubt', step: 'reading-back', reviewNote: null }]);
  test.use({ deskOptions: { writeOffs: settlement.wrap } });

  test('the till does not forget the customer', async ({ app, desk }) => {
    await app.clock.install();
    desk.simulator.injectFault({ kind: 'reset-after-apply', match: 'write-off' });
    await confirmRichPoints(app);
    await expect(screen(app).getByRole('region', { name: 'Неизвестно, прошло ли списание' })).toBeVisible();
    await app.clock.runFor(180_000);
    await expect(screen(app).getByRole('region', { name: 'Неизвестно, прошло ли списание' })).toBeVisible();
    await app.keyboard.press('Escape');
    await app.clock.runFor(180_000);
    await expect(screen(app).getByRole('region', { name: 'Последнее списание' })).toContainText('проверяется');
  });
});
