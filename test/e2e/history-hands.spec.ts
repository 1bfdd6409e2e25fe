// History under a cashier's hands: day fields that take what people type and paste, a wrong
// format called so, Esc that clears a field rather than leaving, page turns a screen reader hears, and F2 from here.
import type { Page } from '@playwright/test';
import { DEMO } from '../../electron/training/demo-data';
import { openCustomer, screen } from './cashier';
import { expect, test } from './fixtures';
import { WINDOW_SIZES } from './sizes';

const from = (app: Page) => app.getByLabel('С', { exact: true });
const to = (app: Page) => app.getByLabel('По', { exact: true });

async function openHistory(app: Page) {
  await openCustomer(app, DEMO.bigHistory.phone.slice(-4), 'Алексей Волков');
  await app.keyboard.press('F3');
  await expect(screen(app).getByRole('table').locator('tbody tr')).toHaveCount(50);
}

for (const size of WINDOW_SIZES) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });

    test('a day typed short, with a two-digit year, or pasted as ISO is read and written out in full', async ({
      app,
    }) => {
      await openHistory(app);
      await from(app).pressSequentially('1.3.2025');
      await expect(from(app)).toHaveValue('1.3.2025');
      await to(app).focus();
      await expect(from(app)).toHaveValue('01.03.2025');
      await to(app).pressSequentially('15.03.25');
      await from(app).focus();
      await expect(to(app)).toHaveValue('15.03.2025');
      await from(app).fill('');
      await from(app).focus();
      // A paste into a field with no paste handler of its own inserts the text as it is: insertText is exactly that.
      await app.keyboard.insertText('2025-03-01');
      await to(app).focus();
      await expect(from(app)).toHaveValue('01.03.2025');
      await app.keyboard.press('Enter');
      await expect(screen(app).getByRole('button', { name: 'Все даты F8' })).toBeVisible();
      await expect(screen(app).getByRole('alert')).toHaveCount(0);
      await app.keyboard.press('F8');
      await expect(screen(app).getByRole('button', { name: 'Все даты F8' })).toHaveCount(0);
    });

    test('a wrong format is called a wrong format; a day that does not exist is called that', async ({ app }) => {
      await openHistory(app);
      await from(app).fill('1.3');
      await from(app).press('Enter');
      await expect(screen(app).getByRole('alert')).toHaveText(
        'Неверный формат даты: введите день, месяц и год, например 01.03.2025',
      );
      await expect(from(app)).toHaveAttribute('aria-invalid', 'true');
      await from(app).fill('31.04.2025');
      await from(app).press('Enter');
      await expect(screen(app).getByRole('alert')).toHaveText('Такой даты нет — проверьте поле');
    });

    test('Esc clears the field it is pressed in, and only an empty field lets Esc leave the screen', async ({
      app,
    }) => {
      await openHistory(app);
      await from(app).fill('01.03.2025');
      await to(app).fill('15.03.2025');
      await app.keyboard.press('Enter');
      await expect(screen(app).getByRole('button', { name: 'Все даты F8' })).toBeVisible();
      await to(app).press('Escape');
      await expect(to(app)).toHaveValue('');
      await expect(from(app)).toHaveValue('01.03.2025');
      await expect(screen(app).getByRole('heading', { name: 'История операций' })).toBeVisible();
      await to(app).press('Escape');
      await expect(app.getByRole('button', { name: 'Списать F2' })).toBeFocused();
    });

    test('page turns are said, and F2 starts a write-off from here', async ({ app }) => {
      await openHistory(app);
      await app.keyboard.press('PageDown');
      await expect(app.getByRole('status').filter({ hasText: 'Записи 51–100' })).toHaveCount(1);
      await app.keyboard.press('PageUp');
      await expect(app.getByRole('status').filter({ hasText: 'Записи 1–50' })).toHaveCount(1);
      await app.keyboard.press('F2');
      await expect(app.getByLabel('Сумма покупки, ₽')).toBeFocused();
    });
  });
}
