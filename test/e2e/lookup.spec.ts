// Finding a customer: one match opens the card, several are chosen by keyboard, none and too many are said plainly, errors keep the typed text.
import type { PosApi } from '../../common/contract';
import { DEMO } from '../../electron/training/demo-data';
import { generateClients, BULK } from '../../electron/training/generate-clients';
import { createSimulator } from '../../electron/training/simulator';
import { phoneField, screen, searchPhone } from './cashier';
import { chromiumOnly, expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

test('the search screen waits for a phone with the field focused', async ({ app }) => {
  await expect(phoneField(app)).toBeFocused();
  await app.keyboard.type('+7 (912) 345-67');
  await expect(phoneField(app)).toHaveValue('+7 (912) 345-67');
  await saveScreenshot(app, '01-lookup');
});

test('exactly one match opens the card at once', async ({ app }) => {
  await searchPhone(app, '+7 (912) 345-678');
  await expect(app.getByRole('heading', { level: 1, name: DEMO.single.name })).toBeVisible();
  await expect(screen(app).getByText(DEMO.single.email)).toBeVisible();
  await expect(app.getByRole('button', { name: 'Списать F2' })).toBeFocused();
});

test('the mask takes any way of typing a number, and the last four digits are enough', async ({ app }) => {
  await phoneField(app).pressSequentially('8 912 345 67 8');
  await expect(phoneField(app)).toHaveValue('8 (912) 345-67-8');
  await phoneField(app).fill('+79123456789');
  await expect(phoneField(app)).toHaveValue('+7 (912) 345-67-89');
  await phoneField(app).fill('5678');
  await expect(phoneField(app)).toHaveValue('5678');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1, name: DEMO.single.name })).toBeVisible();
});

test('several matches are listed and chosen with the arrow keys and Enter', async ({ app }) => {
  await searchPhone(app, DEMO.sharedPhone.phone.slice(-4));
  const rows = app.getByRole('list', { name: 'Найденные покупатели' }).getByRole('button');
  await expect(rows).toHaveCount(2);
  await expect(screen(app).getByText('Найдено: 2 покупателя')).toBeVisible();
  // The phone is partly hidden in the list: only its last four digits show.
  await expect(rows.first()).toContainText('(•••) •••-12-22');
  await expect(rows.first()).toBeFocused();
  await saveScreenshot(app, '02-several-matches');
  await app.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1, name: 'Павел Смирнов' })).toBeVisible();
});

test('up from the first row, the cursor is back in the search field', async ({ app }) => {
  await searchPhone(app, DEMO.sharedPhone.phone);
  await expect(app.getByRole('list', { name: 'Найденные покупатели' }).getByRole('button').first()).toBeFocused();
  await app.keyboard.press('ArrowUp');
  await expect(phoneField(app)).toBeFocused();
  await app.keyboard.press('ArrowDown');
  await expect(app.getByRole('list', { name: 'Найденные покупатели' }).getByRole('button').first()).toBeFocused();
});

test('searching starts by itself once four digits are typed, and never opens a card while typing', async ({ app }) => {
  await phoneField(app).pressSequentially('1222', { delay: 20 });
  const rows = app.getByRole('list', { name: 'Найденные покупатели' }).getByRole('button');
  await expect(rows).toHaveCount(2);
  await expect(phoneField(app)).toBeFocused();
  await phoneField(app).fill('5678');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(DEMO.single.name);
  await expect(phoneField(app)).toBeFocused();
  // Enter then acts on the answer already shown.
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1, name: DEMO.single.name })).toBeVisible();
});

test('an older answer arriving late never replaces a newer one', async ({ app, desk }, testInfo) => {
  chromiumOnly(testInfo, 'it watches the answers in the test process’s own handler table');
  const answered: string[] = [];
  const searchClients = desk.handlers.searchClients;
  desk.handlers.searchClients = async (caller, argument) => {
    const result = await searchClients(caller, argument);
    answered.push(`${(argument as { query: string }).query}: ${result.ok ? 'found' : result.error.code}`);
    return result;
  };
  // The first search (the shared phone's last digits) is held back; the second (Ivan's) answers at once.
  desk.simulator.injectFault({ kind: 'latency', ms: 1500, match: 'clients' });
  await phoneField(app).fill('1222');
  await expect(screen(app).getByText('Ищем…')).toBeVisible();
  await phoneField(app).fill('5678');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1, name: DEMO.single.name })).toBeVisible();
  // The main side cancels the older search when the newer one starts: it is answered `busy` at once, and the page ignores it.
  await expect.poll(() => answered).toEqual(['1222: busy', '5678: found']);
  // One more round trip through the bridge: the late answer has reached the page by the time it returns.
  await app.evaluate(() => (window as unknown as { pos: PosApi }).pos.appInfo());
  await expect(app.getByRole('heading', { level: 1, name: DEMO.single.name })).toBeVisible();
  await expect(screen(app).getByText('Ольга Смирнова')).toHaveCount(0);
});

test('no match says so, with a hint', async ({ app }) => {
  await searchPhone(app, '+7 (900) 000-00-01');
  await expect(screen(app).getByText('Покупатель не найден')).toBeVisible();
  await expect(screen(app).getByText('Проверьте номер или найдите покупателя по email (F4).')).toBeVisible();
  await expect(phoneField(app)).toHaveValue('+7 (900) 000-00-01');
  await expect(phoneField(app)).toBeFocused();
  await saveScreenshot(app, '03-no-match');
});

test('fewer than four digits asks for more instead of searching', async ({ app }) => {
  await searchPhone(app, '12');
  await expect(screen(app).getByText('Введите хотя бы 4 цифры номера')).toBeVisible();
});

test.describe('a search matching 100,000 clients', () => {
  test.use({ deskOptions: { simulator: createSimulator({ data: generateClients(100_000) }) } });

  test('shows the first 50 and the total, and asks to refine', async ({ app }) => {
    await searchPhone(app, BULK.phonePattern.replace('%', ''));
    await expect(
      screen(app).getByText('Показаны первые 50 из 100 000. Уточните запрос: введите больше цифр номера.'),
    ).toBeVisible();
    await expect(app.getByRole('list', { name: 'Найденные покупатели' }).getByRole('button')).toHaveCount(50);
    await saveScreenshot(app, '04-too-many');
  });
});

test('a network error is shown in place, keeps the typed text, and Enter retries', async ({ app, desk }) => {
  // Three 503s: the first try and both of the client's own retries of a read.
  desk.simulator.injectFault({ kind: 'status', status: 503, match: 'clients', times: 3 });
  await searchPhone(app, '+7 (912) 345-67-8');
  const alert = app.getByRole('alert');
  await expect(alert).toContainText('Сервер лояльности ответил ошибкой');
  await expect(phoneField(app)).toHaveValue('+7 (912) 345-67-8');
  await expect(phoneField(app)).toBeFocused();
  await expect(alert.getByRole('button', { name: 'Повторить Enter' })).toBeVisible();
  await saveScreenshot(app, '05-search-error');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1, name: DEMO.single.name })).toBeVisible();
});

test.describe('with a server slower than the terminal waits', () => {
  test.use({ deskOptions: { timeoutMs: 1_000 } });

  test('a timeout is said in place and the typed text stays', async ({ app, desk }) => {
    desk.simulator.injectFault({ kind: 'latency', ms: 3_000, match: 'clients' });
    await searchPhone(app, '+7 (912) 345-67-8');
    await expect(screen(app).getByRole('alert')).toContainText('Сервер лояльности не ответил вовремя');
    await expect(phoneField(app)).toHaveValue('+7 (912) 345-67-8');
    await app.keyboard.press('Enter');
    await expect(app.getByRole('heading', { level: 1, name: DEMO.single.name })).toBeVisible();
  });
});

test('a dropped connection says there is no connection, and the retry button works', async ({ app, desk }) => {
  desk.simulator.injectFault({ kind: 'reset-before-apply', match: 'clients', times: 3 });
  await searchPhone(app, DEMO.sharedPhone.phone);
  await expect(app.getByRole('alert')).toContainText('Нет связи с сервером лояльности');
  await app.getByRole('button', { name: 'Повторить Enter' }).click();
  await expect(app.getByRole('list', { name: 'Найденные покупатели' }).getByRole('button')).toHaveCount(2);
});

test('refused credentials are said plainly, with whom to call', async ({ app, desk }) => {
  desk.simulator.injectFault({ kind: 'status', status: 401, match: 'clients' });
  await searchPhone(app, DEMO.sharedPhone.phone);
  await expect(app.getByRole('alert')).toContainText('Сервер лояльности не принял учётные данные терминала');
  await expect(app.getByRole('alert')).toContainText('Позовите менеджера');
  await expect(phoneField(app)).toHaveValue('7 (903) 111-22-2');
});

test('F4 switches to email, keeping each field its own text', async ({ app }) => {
  await phoneField(app).fill('12');
  await app.keyboard.press('F4');
  const email = app.getByLabel('Email покупателя');
  await expect(email).toBeFocused();
  await email.fill('olga.smirnova@');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1, name: 'Ольга Смирнова' })).toBeVisible();
});

test('an email nobody has suggests searching by phone', async ({ app }) => {
  await app.getByRole('button', { name: 'Искать по email F4' }).click();
  await app.getByLabel('Email покупателя').fill('nobody@nowhere.example');
  await app.keyboard.press('Enter');
  await expect(screen(app).getByText('Проверьте адрес или найдите покупателя по телефону (F4).')).toBeVisible();
});

test('Esc clears the field', async ({ app }) => {
  await searchPhone(app, '+7 (900) 000-00-01');
  await expect(screen(app).getByText('Покупатель не найден')).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(phoneField(app)).toHaveValue('');
  await expect(screen(app).getByText('Покупатель не найден')).toHaveCount(0);
});
