// History: 50 entries a page through offset/limit, PgDn and PgUp, a day range in the terminal's time zone, and the empty states.
import { DEMO } from '../../electron/training/demo-data';
import { openCustomer, screen } from './cashier';
import { expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

/** A day as the cashier types it, in the window's time zone (the tests run in the same one). */
const dayOf = (ms: number) =>
  new Intl.DateTimeFormat('ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(ms);

test('pages through 10,000 entries fifty at a time, newest first', async ({ app, desk }) => {
  const all = desk.simulator.history(DEMO.bigHistory.id);
  await openCustomer(app, DEMO.bigHistory.phone.slice(-4), 'Алексей Волков');
  await app.keyboard.press('F3');
  const rows = screen(app).getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toContainText(all[0]!.transactionId);
  await expect(rows.last()).toContainText(all[49]!.transactionId);
  await expect(screen(app).getByText('Записи 1–50', { exact: true })).toBeVisible();
  await saveScreenshot(app, '08-history');

  await app.keyboard.press('PageDown');
  await expect(screen(app).getByText('Записи 51–100', { exact: true })).toBeVisible();
  await expect(rows.first()).toContainText(all[50]!.transactionId);
  await app.keyboard.press('PageDown');
  await expect(rows.first()).toContainText(all[100]!.transactionId);
  await app.keyboard.press('PageUp');
  await expect(screen(app).getByText('Записи 51–100', { exact: true })).toBeVisible();
  await expect(rows.first()).toContainText(all[50]!.transactionId);
});

test('shows each entry as the server gave it: date and time, signed amount, account, transaction id', async ({
  app,
  desk,
}) => {
  const [newest] = desk.simulator.history(DEMO.single.id);
  await openCustomer(app, '5678', DEMO.single.name);
  await app.keyboard.press('F3');
  const first = screen(app).getByRole('table').locator('tbody tr').first();
  const amount = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 2 }).format(newest!.amount / 100);
  const when = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'short', timeStyle: 'short' }).format(
    newest!.transactionDate,
  );
  await expect(first.locator('td')).toHaveText([
    when,
    amount,
    newest!.currency === 'points' ? 'Баллы' : 'Рубли',
    newest!.transactionId,
  ]);
});

test('a day range shows exactly that range, whole days inclusive', async ({ app, desk }) => {
  const all = desk.simulator.history(DEMO.bigHistory.id);
  const day = dayOf(all[300]!.transactionDate);
  const expected = all.filter((entry) => dayOf(entry.transactionDate) === day).map((entry) => entry.transactionId);
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThanOrEqual(50);

  await openCustomer(app, DEMO.bigHistory.phone.slice(-4), 'Алексей Волков');
  await app.keyboard.press('F3');
  await app.getByLabel('С', { exact: true }).fill(day);
  await app.getByLabel('По', { exact: true }).fill(day);
  await app.getByLabel('По', { exact: true }).press('Enter');
  const ids = screen(app).getByRole('table').locator('tbody tr td:last-child');
  await expect(ids).toHaveText(expected);
  await expect(screen(app).getByRole('button', { name: 'Старше PgDn' })).toBeDisabled();

  await app.getByRole('button', { name: 'Все даты' }).click();
  await expect(screen(app).getByRole('table').locator('tbody tr')).toHaveCount(50);
  await expect(screen(app).getByRole('button', { name: 'Старше PgDn' })).toBeEnabled();
});

test('a range that runs backwards is refused in words', async ({ app }) => {
  await openCustomer(app, DEMO.bigHistory.phone.slice(-4), 'Алексей Волков');
  await app.keyboard.press('F3');
  await app.getByLabel('С', { exact: true }).fill('10.03.2025');
  await app.getByLabel('По', { exact: true }).fill('01.03.2025');
  await app.getByRole('button', { name: 'Показать Enter' }).click();
  await expect(screen(app).getByRole('alert')).toHaveText('Начало периода позже его конца');
});

test('says when there is nothing, and Esc goes back to the card', async ({ app }) => {
  await openCustomer(app, DEMO.newcomer.phone.slice(-4), 'Дарья Новикова');
  await app.keyboard.press('F3');
  await expect(screen(app).getByText('Операций пока нет')).toBeVisible();
  await saveScreenshot(app, '09-history-empty');
  await app.keyboard.press('Escape');
  await expect(app.getByRole('button', { name: 'Списать F2' })).toBeFocused();
});

test('says when nothing is in the chosen days', async ({ app }) => {
  await openCustomer(app, '5678', DEMO.single.name);
  await app.keyboard.press('F3');
  await app.getByLabel('С', { exact: true }).fill('01.01.2099');
  await app.keyboard.press('Enter');
  await expect(screen(app).getByText('За выбранные даты операций нет')).toBeVisible();
});

test('a page that fails to load is said in place, and the retry asks for that page again', async ({ app, desk }) => {
  const all = desk.simulator.history(DEMO.bigHistory.id);
  // The second page fails until told otherwise, whether it is read ahead or asked for on PgDn.
  let secondPageFails = true;
  const getHistory = desk.handlers.getHistory;
  desk.handlers.getHistory = async (caller, argument) =>
    secondPageFails && (argument as { offset: number }).offset === 50
      ? { ok: false, error: { code: 'server', message: 'Сервер ответил ошибкой 503' } }
      : getHistory(caller, argument);
  await openCustomer(app, DEMO.bigHistory.phone.slice(-4), 'Алексей Волков');
  await app.keyboard.press('F3');
  await expect(screen(app).getByText('Записи 1–50', { exact: true })).toBeVisible();
  await app.keyboard.press('PageDown');
  await expect(screen(app).getByRole('alert')).toContainText('Сервер лояльности ответил ошибкой');
  secondPageFails = false;
  await screen(app).getByRole('button', { name: 'Повторить' }).click();
  await expect(screen(app).getByText('Записи 51–100', { exact: true })).toBeVisible();
  await expect(screen(app).getByRole('table').locator('tbody tr').first()).toContainText(all[50]!.transactionId);
});
