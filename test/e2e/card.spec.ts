// The customer card: balances large, other currencies plainly, coupons with their status, missing details with placeholders, refresh and Esc.
import type { SimClient } from '../../electron/training/types';
import { DEMO } from '../../electron/training/demo-data';
import { createSimulator } from '../../electron/training/simulator';
import { openCustomer, otherTillWritesOff, phoneField, screen, searchPhone } from './cashier';
import { expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

test('shows points and rubles large, and each coupon with its date and status', async ({ app }) => {
  await openCustomer(app, DEMO.couponHolder.phone.slice(-4), 'Мария Кузнецова');
  const coupons = screen(app).getByRole('region', { name: 'Купоны' }).getByRole('listitem');
  await expect(coupons).toHaveCount(3);
  const byStatus = (status: string) => coupons.filter({ has: app.getByText(status, { exact: true }) });
  await expect(byStatus('Истёк')).toHaveCount(1);
  await expect(byStatus('Истекает сегодня')).toHaveCount(1);
  await expect(byStatus('Действует')).toHaveCount(1);
  await expect(byStatus('Действует')).toContainText(/срок — по \d{1,2} [а-я]+ \d{4} г\./);
  await saveScreenshot(app, '06-card');
});

test('writes amounts the Russian way, with the points unit', async ({ app }) => {
  await openCustomer(app, '5678', DEMO.single.name);
  const balances = screen(app).getByRole('region', { name: 'Можно списать' });
  // 123 456 hundredths of a point and 432 106 kopecks.
  await expect(balances).toContainText('1 234,56 балла');
  await expect(balances).toContainText('4 321,06 ₽');
});

test('lists a currency it does not know plainly, apart from what can be written off', async ({ app }) => {
  await openCustomer(app, DEMO.unknownCurrency.phone.slice(-4), 'Екатерина Орлова');
  await expect(screen(app).getByText('Другие счета (не списываются)')).toBeVisible();
  await expect(screen(app).getByText('1 500,00 bonus_miles')).toBeVisible();
});

test('F5 reads the balance again from the server', async ({ app, desk }) => {
  await openCustomer(app, '5678', DEMO.single.name);
  const balances = screen(app).getByRole('region', { name: 'Можно списать' });
  await expect(balances).toContainText('1 234,56 балла');
  // Another till writes off 34,56 points meanwhile.
  await otherTillWritesOff(desk, DEMO.single.id, 34.56);
  await app.keyboard.press('F5');
  await expect(balances).toContainText('1 200 баллов');
});

test('a card that cannot be read says why and reads again on F5', async ({ app, desk }) => {
  desk.simulator.injectFault({ kind: 'status', status: 503, match: 'balance', times: 3 });
  await searchPhone(app, '5678');
  await expect(screen(app).getByRole('alert')).toContainText('Сервер лояльности ответил ошибкой');
  await expect(screen(app).getByRole('button', { name: 'Повторить F5' })).toBeVisible();
  await app.keyboard.press('F5');
  await expect(screen(app).getByRole('region', { name: 'Можно списать' })).toContainText('1 234,56 балла');
  await expect(screen(app).getByRole('alert')).toHaveCount(0);
});

test('Esc goes back to an empty search field, ready for the next customer', async ({ app }) => {
  await openCustomer(app, '5678', DEMO.single.name);
  await app.keyboard.press('Escape');
  await expect(phoneField(app)).toBeFocused();
  await expect(phoneField(app)).toHaveValue('');
  await expect(screen(app).getByRole('list')).toHaveCount(0);
});

test('the next-customer button does what Esc does', async ({ app }) => {
  await openCustomer(app, '5678', DEMO.single.name);
  await app.getByRole('button', { name: 'Следующий покупатель Esc' }).click();
  await expect(phoneField(app)).toBeFocused();
  await expect(phoneField(app)).toHaveValue('');
});

const sparse = (fields: Pick<SimClient, 'id' | 'name' | 'phone' | 'email'>): SimClient => ({
  ...fields,
  balance: { points: 0, rubles: 0 },
  coupons: [],
  history: [],
});

test.describe('customers with details missing', () => {
  test.use({
    deskOptions: {
      simulator: createSimulator({
        data: {
          clients: [
            sparse({ id: 1, name: null, phone: '79990001122', email: null }),
            sparse({ id: 2, name: null, phone: null, email: 'only.email@example.ru' }),
            sparse({ id: 3, name: 'Анна Белова', phone: null, email: 'anna.only@example.ru' }),
          ],
        },
      }),
    },
  });

  test('a card with no name and no email shows placeholders, not blanks or "null"', async ({ app }) => {
    await searchPhone(app, '1122');
    await expect(app.getByRole('heading', { level: 1 })).toHaveText('Имя не указано');
    await expect(screen(app)).toContainText('Email не указан');
    await expect(screen(app)).toContainText('7 (999) 000-11-22');
    await expect(screen(app)).not.toContainText('null');
    await saveScreenshot(app, '07-card-missing-details');
  });

  test('a list and a card with no phone show placeholders', async ({ app }) => {
    await app.keyboard.press('F4');
    await app.getByLabel('Email покупателя').fill('only');
    await app.keyboard.press('Enter');
    const rows = screen(app).getByRole('list', { name: 'Найденные покупатели' }).getByRole('button');
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText('Имя не указано');
    await expect(rows.first()).toContainText('Телефон не указан');
    await app.keyboard.press('Enter');
    await expect(app.getByRole('heading', { level: 1 })).toHaveText('Имя не указано');
    await expect(screen(app)).toContainText('Телефон не указан');
    await expect(screen(app)).toContainText('only.email@example.ru');
    await expect(screen(app)).not.toContainText('null');
  });
});
