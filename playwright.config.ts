// Browser tests: the built renderer in Debian's Chromium through the real handlers; the same specs in Electron where its binary exists.
import { defineConfig } from '@playwright/test';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Debian's Chromium as a headless test browser: no sandbox (containers), no GPU, nothing phoning home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The window's time zone. The test processes use it too, so the simulator's "end of today" is the window's. */
const TIME_ZONE = 'Europe/Moscow';
process.env.TZ = TIME_ZONE;

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: '.tmp/playwright',
  timeout: 30_000,
  expect: { timeout: 8_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: '.tmp/playwright-results.json' }]],
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'ru-RU',
    timezoneId: TIME_ZONE,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    // *.electron-only.spec.ts start the Electron app themselves (the self-check): there is nothing for Chromium to run.
    { name: 'chromium', testIgnore: /.*\.electron-only\.spec\.ts/ },
    { name: 'electron', testIgnore: /.*\.browser-only\.spec\.ts/ },
  ],
});
