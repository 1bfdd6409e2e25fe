// The shift journal end to end: write-offs through window.pos, unknown outcomes settled to the truth, the screen, its CSV and reconciliation.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { DEMO } from '../../electron/training/demo-data';
import { expect, test } from './fixtures';
import { callPos, valueOf } from './pos-calls';
import { saveScreenshot } from './screenshots';

const { rich } = DEMO;
const points = (amount: number, coupons: number[] = []) => ({
  clientId: rich.id,
  balance: [{ currency: 'points', amount }],
  coupons,
});

// A second read one second after the first, instead of five: long enough to watch, short enough for a test.
test.use({ deskOptions: { settleTiming: { watchMs: 2_000, readDelayMs: () => 1_000, backgroundMs: 0 } } });

test('an unknown outcome the server had applied is settled to "applied" by reading back', async ({ app, desk }) => {
  desk.simulator.injectFault({ kind: 'reset-after-apply', match: 'write-off' });
  const report = await valueOf(app, 'writeOff', points(1_500, [rich.couponIds[0]]));
  expect(report.state).toBe('in-doubt');
  await expect
    .poll(async () => (await valueOf(app, 'getWriteOff', { journalId: report.journalId })).state)
    .toBe('settled-applied');
  expect(desk.simulator.balance(rich.id).points).toBe(rich.points - 1_500);
  expect(desk.simulator.writeOffPosts).toBe(1);

  await app.keyboard.press('F9');
  const row = app.getByRole('row').filter({ hasText: '15 баллов' });
  await expect(row).toContainText('списано (подтверждено проверкой)');
  await expect(row).toContainText(`№ ${rich.couponIds[0]}`);
});

test('an unknown outcome the server had not applied is settled to "not applied" after a second read', async ({
  app,
  desk,
}) => {
  desk.simulator.injectFault({ kind: 'reset-before-apply', match: 'write-off' });
  const report = await valueOf(app, 'writeOff', points(2_000));
  expect(report.state).toBe('in-doubt');
  // Between the two reads the client is held: a second write-off for it is refused as busy, and nothing is sent.
  await expect
    .poll(async () => (await valueOf(app, 'getWriteOff', { journalId: report.journalId })).step)
    .toBe('waiting-to-read-again');
  expect(await callPos(app, 'writeOff', points(2_000))).toMatchObject({ ok: false, error: { code: 'busy' } });

  await app.keyboard.press('F9');
  const row = app.getByRole('row').filter({ hasText: '20 баллов' });
  // The open journal looks again by itself while a write-off is being checked.
  await expect(row).toContainText('уточняется');
  await expect(row).toContainText('не списано (подтверждено проверкой)');
  expect((await valueOf(app, 'getWriteOff', { journalId: report.journalId })).state).toBe('settled-not-applied');
  expect(desk.simulator.balance(rich.id).points).toBe(rich.points);
  expect(desk.simulator.writeOffPosts).toBe(1);
});

test('the shift journal lists the day, exports it for Excel and reconciles it with the server', async ({ app }) => {
  // Found by the main side's own search first, as at the till: the journal names the customer from that answer.
  expect((await valueOf(app, 'searchClients', { by: 'phone', query: rich.phone })).total).toBe(1);
  await valueOf(app, 'writeOff', points(12_345, [rich.couponIds[1]]));
  expect(await callPos(app, 'writeOff', points(rich.points + 1))).toMatchObject({
    ok: false,
    error: { code: 'rejected' },
  });

  await app.getByRole('button', { name: /Журнал смены/ }).click();
  await expect(app.getByRole('heading', { name: /Журнал смены/ })).toBeFocused();
  // Amounts as the card writes them; the day's totals count only what went through.
  const totals = app.getByRole('region', { name: 'Итого за день (прошедшие списания)' });
  await expect(totals).toContainText('123,45 балла');
  await expect(totals).toContainText('1 купон');
  await expect(totals).toContainText('Прошло списаний: 1 из 2');
  await expect(app.getByRole('row').filter({ hasText: '123,45 балла' })).toContainText('списано');
  // Who it was: the name with the phone's last four digits, never the whole phone.
  await expect(app.getByRole('row').filter({ hasText: '123,45 балла' })).toContainText('Николай Фёдоров ···8777');
  await expect(app.getByRole('row').filter({ hasText: 'отказ сервера' })).toContainText('Николай Фёдоров ···8777');
  await expect(app.getByRole('table')).not.toContainText(rich.phone);
  await expect(app.getByRole('row').filter({ hasText: 'отказ сервера' })).toContainText('Недостаточно средств');
  expect((await new AxeBuilder({ page: app }).analyze()).violations).toEqual([]);
  await saveScreenshot(app, '20-shift-journal');

  const [download] = await Promise.all([
    app.waitForEvent('download'),
    app.getByRole('button', { name: 'Выгрузить в CSV F6' }).click(),
  ]);
  // The field shows the day day first; the file is named year first.
  const day = (await app.getByLabel('День', { exact: true }).inputValue()).split('.').reverse().join('-');
  expect(download.suggestedFilename()).toBe(`write-offs-${day}.csv`);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(rows[0]).toBe(
    'Время;Покупатель;Баллы;Рубли;Купоны;Итог;Примечание;После перезапуска;Терминал;Номер в журнале',
  );
  expect(rows[1]).toMatch(
    new RegExp(
      `^\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d:\\d\\d;Николай Фёдоров ···8777;123,45;;${rich.couponIds[1]};списано;`,
    ),
  );
  expect(rows[2]).toContain(';Николай Фёдоров ···8777;');
  expect(rows[2]).toContain(';отказ сервера;Недостаточно средств');

  await app.keyboard.press('F8');
  await expect(app.getByText('Всё сходится')).toBeVisible();
  await expect(app.getByText('Проверено строк: 3, совпало: 3.')).toBeVisible();
  await saveScreenshot(app, '21-reconciliation');

  await app.getByLabel('День', { exact: true }).fill('1.1.2020');
  await app.keyboard.press('Enter');
  await expect(app.getByText('В этот день списаний на этом терминале не было')).toBeVisible();
  await expect(app.getByLabel('День', { exact: true })).toHaveValue('01.01.2020');
  // Esc first empties the day field, then leaves the journal.
  await app.keyboard.press('Escape');
  await app.keyboard.press('Escape');
  await expect(app.getByLabel('Телефон покупателя')).toBeVisible();
});
