// Playwright fixtures: `desk` is the app's main side against a loopback simulator, `app` the window showing it (Chromium or Electron).
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base, _electron as electron, type Page, type TestInfo } from '@playwright/test';
import { ELECTRON_SKIP_REASON, electronBinary } from '../support/electron-binary';
import { startDesk, type Desk, type DeskOptions } from '../support/desk';

interface Fixtures {
  deskOptions: DeskOptions;
  desk: Desk;
  app: Page;
}

/**
 * Desk options that change the test process's own main side (a wrapped write-off desk, a test vault, a scripted updater,
 * short settling pauses). The real app cannot take them from outside, so a spec that uses one runs in Chromium only.
 */
const MAIN_SIDE_ONLY = [
  'writeOffs',
  'encryptor',
  'updateStatus',
  'settleTiming',
  'startupNotices',
] as const satisfies readonly (keyof DeskOptions)[];

/** Skips the test in the Electron project, with the reason: it needs the test process's main side. */
export function chromiumOnly(testInfo: TestInfo, why: string): void {
  testInfo.skip(testInfo.project.name === 'electron', `Chromium only: ${why}`);
}

export const test = base.extend<Fixtures>({
  deskOptions: [{}, { option: true }],
  desk: async ({ deskOptions }, use) => {
    const desk = await startDesk(deskOptions);
    await use(desk);
    await desk.close();
  },
  app: async ({ desk, deskOptions, page }, use, testInfo) => {
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
    const overrides = MAIN_SIDE_ONLY.filter((option) => deskOptions[option] !== undefined);
    chromiumOnly(
      testInfo,
      `it sets ${overrides.join(', ')} on the test's own main side, which the real app cannot take`,
    );
    if (overrides.length > 0) return;
    // The real app, pointed at this test's simulator (or in training mode) through its own settings file and folders.
    const userData = await mkdtemp(path.join(os.tmpdir(), 'loyalty-desk-e2e-'));
    const connection = {
      mode: deskOptions.mode ?? 'live',
      baseUrl: desk.simulatorUrl,
      timeoutMs: deskOptions.timeoutMs ?? 5_000,
    };
    await writeFile(
      path.join(userData, 'settings.json'),
      JSON.stringify({ connection, ...(deskOptions.till ? { till: deskOptions.till } : {}) }),
    );
    // A restart spec hands in the journal folder the previous run left: the app finds it where it keeps its own.
    if (deskOptions.journalDir)
      await symlink(deskOptions.journalDir, path.join(userData, 'write-off-journal'), 'junction');
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
