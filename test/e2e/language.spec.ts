// Russian by default, English on a visible switch, numbers and dates through Intl in each; the training banner only in training mode.
import { DEMO } from '../../electron/training/demo-data';
import { openCustomer, screen } from './cashier';
import { expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

test.use({ deskOptions: { mode: 'training' } });

test('switches the whole window to English and back, amounts and words alike', async ({ app }) => {
  await expect(app.locator('html')).toHaveAttribute('lang', 'ru');
  await openCustomer(app, '5678', DEMO.single.name);
  await app.getByRole('button', { name: 'Switch the window to English' }).click();
  await expect(app.locator('html')).toHaveAttribute('lang', 'en');
  const balances = screen(app).getByRole('region', { name: 'Available to write off' });
  await expect(balances).toContainText('1,234.56 points');
  await expect(balances).toContainText('₽4,321.06');
  await expect(app.getByRole('button', { name: 'Write off F2' })).toBeVisible();
  await expect(app.getByRole('banner')).toContainText('Training mode');
  await saveScreenshot(app, '19-card-english');

  await app.getByRole('button', { name: 'Переключить окно на русский язык' }).click();
  await expect(screen(app).getByRole('region', { name: 'Можно списать' })).toContainText('1 234,56 балла');
});

test('the language switch is reachable from the keyboard, and Tab goes field, Find, Clear', async ({ app }) => {
  await app.keyboard.press('Tab');
  await expect(app.getByRole('button', { name: 'Найти Enter' })).toBeFocused();
  await app.keyboard.press('Tab');
  await expect(app.getByRole('button', { name: 'Очистить Esc' })).toBeFocused();
  await app.getByLabel('Телефон покупателя').focus();
  await app.keyboard.press('Shift+Tab');
  await expect(app.getByRole('button', { name: 'Искать по email F4' })).toBeFocused();
  await app.keyboard.press('Shift+Tab');
  await expect(app.getByRole('button', { name: 'Switch the window to English' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(app.getByLabel("Customer's phone")).toBeVisible();
});

test.describe('in live mode', () => {
  test.use({ deskOptions: { mode: 'live' } });

  test('there is no training banner', async ({ app }) => {
    await expect(app.getByLabel('Телефон покупателя')).toBeVisible();
    await expect(app.getByText('Учебный режим')).toHaveCount(0);
  });
});
