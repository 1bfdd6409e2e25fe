// Every screen and outcome checked by axe (WCAG 2.2 A and AA, and best practice), and the training banner on each of them.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DEMO } from '../../electron/training/demo-data';
import { openCustomer, phoneField, screen, searchPhone, startWriteOff } from './cashier';
import { expect, test } from './fixtures';

// The banner is checked on every screen, so the desk runs in training mode (its simulator in process).
test.use({ deskOptions: { mode: 'training' } });
// Each test runs axe over up to a dozen screens, which is CPU-bound: on a loaded 2-core machine it took over 30 s.
test.describe.configure({ timeout: 90_000 });

/** Checks the page as it is now, and that the training banner is on it. */
async function checkScreen(app: Page, name: string): Promise<void> {
  await expect(app.getByRole('banner')).toContainText('Учебный режим', { ignoreCase: true });
  const results = await new AxeBuilder({ page: app })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const found = results.violations.map(
    (violation) => `${name}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(found).toEqual([]);
}

test('the search screen in each of its states', async ({ app, desk }) => {
  await checkScreen(app, 'search, empty');
  await searchPhone(app, DEMO.sharedPhone.phone.slice(-4));
  await expect(screen(app).getByRole('list', { name: 'Найденные покупатели' })).toBeVisible();
  await checkScreen(app, 'search, several matches');
  await searchPhone(app, '0000001');
  await expect(screen(app).getByText('Покупатель не найден')).toBeVisible();
  await checkScreen(app, 'search, no match');
  desk.simulator.injectFault({ kind: 'status', status: 503, match: 'clients', times: 3 });
  await searchPhone(app, '9999');
  await expect(screen(app).getByRole('alert')).toBeVisible();
  await checkScreen(app, 'search, error');
  await app.keyboard.press('F4');
  await checkScreen(app, 'search by email');
});

test('the card and the history', async ({ app }) => {
  await openCustomer(app, DEMO.couponHolder.phone.slice(-4), 'Мария Кузнецова');
  await checkScreen(app, 'card');
  await app.keyboard.press('F3');
  await expect(screen(app).getByRole('table')).toBeVisible();
  await checkScreen(app, 'history');
  await app.getByLabel('С', { exact: true }).fill('10.03.2025');
  await app.getByLabel('По', { exact: true }).fill('01.03.2025');
  await app.keyboard.press('Enter');
  await expect(screen(app).getByRole('alert')).toBeVisible();
  await checkScreen(app, 'history, bad range');
  // Esc clears the day field it is pressed in, then goes back to the card, then to the next customer.
  await app.keyboard.press('Escape');
  await app.keyboard.press('Escape');
  await app.keyboard.press('Escape');
  await openCustomer(app, DEMO.unknownCurrency.phone.slice(-4), 'Екатерина Орлова');
  await checkScreen(app, 'card with another currency');
});

test('the write-off: form, problems, confirmation and outcomes', async ({ app, desk }) => {
  await openCustomer(app, DEMO.couponHolder.phone.slice(-4), 'Мария Кузнецова');
  await startWriteOff(app);
  await checkScreen(app, 'write-off form');
  await app.getByLabel('Списать баллы', { exact: true }).fill('999999');
  await app.getByLabel('Сумма покупки, ₽', { exact: true }).fill('1,234');
  await checkScreen(app, 'write-off form with problems');
  await app.getByLabel('Сумма покупки, ₽', { exact: true }).fill('');
  await app.getByLabel('Списать баллы', { exact: true }).fill('1');
  await app.keyboard.press('Enter');
  await expect(screen(app).getByRole('region', { name: 'Подтвердите списание' })).toBeVisible();
  await checkScreen(app, 'confirmation');
  await app.keyboard.press('Enter');
  await expect(screen(app).getByRole('region', { name: 'Списано' })).toContainText('Теперь на счёте');
  await checkScreen(app, 'written off');

  await app.keyboard.press('Escape');
  await startWriteOff(app);
  desk.simulator.injectFault({ kind: 'status', status: 422, match: 'write-off', body: { message: 'Отказано' } });
  await app.getByLabel('Списать баллы', { exact: true }).fill('1');
  await app.keyboard.press('Enter');
  await app.keyboard.press('Enter');
  await expect(screen(app).getByRole('region', { name: 'Сервер отказал в списании' })).toBeVisible();
  await checkScreen(app, 'refused');

  await app.keyboard.press('Escape');
  desk.simulator.injectFault({ kind: 'reset-after-apply', match: 'write-off' });
  await app.keyboard.press('Enter');
  await app.keyboard.press('Enter');
  await expect(screen(app).getByRole('region', { name: 'Неизвестно, прошло ли списание' })).toBeVisible();
  await checkScreen(app, 'unknown outcome');
});

test('the English window', async ({ app }) => {
  await app.getByRole('button', { name: 'Switch the window to English' }).click();
  await expect(app.locator('html')).toHaveAttribute('lang', 'en');
  await expect(app.getByLabel("Customer's phone")).toBeVisible();
  const results = await new AxeBuilder({ page: app })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  await expect(phoneField(app)).toHaveCount(0);
});
