// A whole loyalty desk for a browser test: the simulator on a loopback port, the real handler table and client, the built renderer.
import path from 'node:path';
import type { AppNotice } from '../../common/notices';
import type { Page } from '@playwright/test';
import type { UpdateStatus } from '../../common/contract';
import type { SettleTiming } from '../../electron/checkout/settle';
import type { WriteOffDesk } from '../../electron/checkout/write-off';
import type { HandlerTable } from '../../electron/ipc/handlers';
import type { SettingsService } from '../../electron/settings/settings-service';
import type { TillSettings } from '../../electron/settings/till';
import { createSimulator, type Simulator } from '../../electron/training/simulator';
import { exposeHandlers } from './bridge';
import { createMainSide } from './main-side';
import { serveStatic } from './static-server';
import type { TestEncryptorOptions } from './test-encryptor';

export const RENDERER_DIR = path.resolve(import.meta.dirname, '../../out/renderer');

export interface Desk {
  simulator: Simulator;
  simulatorUrl: string;
  handlers: HandlerTable;
  /** The terminal's settings, kept in a temporary folder with a test vault; the connection comes from them. */
  settings: SettingsService;
  settingsDir: string;
  writeOffs: WriteOffDesk;
  /** The desk's journal folder, removed on close unless a test handed in its own. */
  journalDir: string;
  origin: string;
  /** Opens the app in the page, with window.pos wired to the handlers. */
  open(page: Page): Promise<void>;
  close(): Promise<void>;
}

export interface DeskOptions {
  simulator?: Simulator;
  /** The settings' mode to start with: live (default) talks to the simulator over loopback HTTP, training in process. */
  mode?: 'training' | 'live';
  timeoutMs?: number;
  /** How the test vault behaves: its OS backend, or no encryption at all. */
  encryptor?: TestEncryptorOptions;
  /** What the updater reports; asked on every updateStatus call, so a test can change it while the page is open. */
  updateStatus?: () => UpdateStatus;
  /** Wraps the real, journaled write-off desk, e.g. to play a settlement step by step or a failure the window must show. */
  writeOffs?: (real: WriteOffDesk) => WriteOffDesk;
  /** Short pauses for settling write-offs in doubt, so tests need not wait the real five seconds. */
  settleTiming?: Partial<SettleTiming>;
  /** A journal folder to open instead of a fresh one (a restart test); then it is not removed on close. */
  journalDir?: string;
  /** What start-up would have found for a manager (in Electron: a damaged settings file, which the shell test plays). */
  startupNotices?: AppNotice[];
  /** The till's settings a manager set (point value, idle time, settling times); the real app reads them from its file too. */
  till?: Partial<TillSettings>;
}

/**
 * The app as it runs, except that the window is Chromium, not Electron: every call goes through the real handlers, the
 * real settings (in a temporary folder) and the real API client over real HTTP to the simulator.
 */
export async function startDesk(options: DeskOptions = {}): Promise<Desk> {
  const simulator = options.simulator ?? createSimulator();
  const api = await simulator.listen();
  const site = await serveStatic(RENDERER_DIR);
  const { handlers, settings, settingsDir, writeOffs, journalDir, close } = await createMainSide({
    simulator,
    connection: { mode: options.mode ?? 'live', baseUrl: api.url, timeoutMs: options.timeoutMs ?? 5_000 },
    isTrustedCaller: (url) => URL.canParse(url) && new URL(url).origin === site.origin,
    encryptor: options.encryptor,
    updateStatus: options.updateStatus,
    writeOffs: options.writeOffs,
    settleTiming: options.settleTiming,
    journalDir: options.journalDir,
    startupNotices: options.startupNotices,
    till: options.till,
  });
  return {
    simulator,
    simulatorUrl: api.url,
    handlers,
    settings,
    settingsDir,
    writeOffs,
    journalDir,
    origin: site.origin,
    async open(page) {
      await exposeHandlers(page, handlers);
      await page.goto(`${site.origin}/index.html`);
    },
    async close() {
      // The main side first: its write-off desk may still be reading back from the simulator.
      await close();
      await Promise.all([api.close(), site.close()]);
    },
  };
}
