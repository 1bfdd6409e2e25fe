// Playwright fixtures: `desk` is the app's main side against a loopback simulator, `app` the window showing it (Chromium or Electron).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base, _electron as electron, type Page } from '@playwright/test';
import { ELECTRON_SKIP_REASON, electronBinary } from '../support/electron-binary';
import { startDesk, type Desk, type DeskOptions } from '../support/desk';

interface Fixtures {
  deskOptions: DeskOptions;
  desk: Desk;
  app: Page;
}

export const test = base.extend<Fixtures>({
  deskOptions: [{}, { option: true }],
  desk: async ({ deskOptions }, use) => {
    const desk = await startDesk(deskOptions);
    await use(desk);
    await desk.close();
  },
  app: async ({ desk, page }, use, testInfo) => {
    if (testInfo.project.name !== 'electron') {
      await desk.open(page);
      await use(page);
      return;
    }
    const binary = electronBinary();
    if (!binary) {
      console.log(`[electron] ${testInfo.title}: skipped. ${ELECTRON_SKIP_REASON}`);
      testInfo.skip(true, ELECTRON_SKIP_REASON);
      return;
    }
    // The real app, live mode, pointed at this test's simulator through its own settings file.
    const userData = await mkdtemp(path.join(os.tmpdir(), 'loyalty-desk-e2e-'));
    await writeFile(path.join(userData, 'settings.json'), JSON.stringify({ connection: { mode: 'live', baseUrl: desk.simulatorUrl } }));
    const application = await electron.launch({
      executablePath: binary,
      args: ['.'],
      env: { ...process.env, LOYALTY_DESK_USER_DATA: userData },
    });
    try {
      await use(await application.firstWindow());
    } finally {
      await application.close();
      await rm(userData, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';
