// The foundation's proof: a phone typed in the window goes through the real handlers and client to the simulator and back.
import { DEMO } from '../../electron/training/demo-data';
import { expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

test('typing a phone and pressing Enter shows the customer', async ({ app }) => {
  await app.getByLabel('Телефон покупателя').fill('+7 (912) 345-678');
  await app.keyboard.press('Enter');
  await expect(app.getByText(DEMO.single.name)).toBeVisible();
  await expect(app.getByText(DEMO.single.email)).toBeVisible();
  await saveScreenshot(app, '01-lookup');
});

test('a phone of two clients lists both', async ({ app }) => {
  await app.getByLabel('Телефон покупателя').fill(DEMO.sharedPhone.phone);
  await app.keyboard.press('Enter');
  await expect(app.getByRole('listitem')).toHaveCount(2);
});
