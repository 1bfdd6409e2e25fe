// Screenshots for docs/screenshots, taken by the specs themselves when SCREENSHOTS=1 (npm run screenshots), so the docs show the real app.
import type { Page } from '@playwright/test';
import { test } from '@playwright/test';

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1' || test.info().project.name !== 'chromium') return;
  await page.screenshot({ path: `docs/screenshots/${name}.png` });
}
