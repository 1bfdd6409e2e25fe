// A whole loyalty desk for a browser test: the simulator on a loopback port, the real handler table and client, the built renderer.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createCallImplementations } from '../../electron/calls';
import type { SettleTiming } from '../../electron/checkout/settle';
import { createWriteOffDesk, TRAINING_SERVER, type WriteOffDesk } from '../../electron/checkout/write-off';
import { createHandlerTable, type HandlerTable } from '../../electron/ipc/handlers';
import { loyaltyClientProvider } from '../../electron/loyalty/connect';
import { connectionSchema } from '../../electron/settings/connection';
import { createSimulator, type Simulator } from '../../electron/training/simulator';
import { exposeHandlers } from './bridge';
import { serveStatic } from './static-server';

export const RENDERER_DIR = path.resolve(import.meta.dirname, '../../out/renderer');

export interface Desk {
  simulator: Simulator;
  simulatorUrl: string;
  handlers: HandlerTable;
  writeOffs: WriteOffDesk;
  /** The desk's own journal folder, removed on close. */
  journalDir: string;
  origin: string;
  /** Opens the app in the page, with window.pos wired to the handlers. */
  open(page: Page): Promise<void>;
  close(): Promise<void>;
}

export interface DeskOptions {
  simulator?: Simulator;
  mode?: 'training' | 'live';
  timeoutMs?: number;
  /** Short pauses for settling write-offs in doubt, so tests need not wait the real five seconds. */
  settleTiming?: Partial<SettleTiming>;
  /** A journal folder to open instead of a fresh one (a restart test); then it is not removed on close. */
  journalDir?: string;
}

/**
 * The app as it runs in live mode, except that the window is Chromium, not Electron: every call goes through
 * the real handlers and the real API client over real HTTP to the simulator.
 */
export async function startDesk(options: DeskOptions = {}): Promise<Desk> {
  const simulator = options.simulator ?? createSimulator();
  const api = await simulator.listen();
  const site = await serveStatic(RENDERER_DIR);
  const connection = connectionSchema.parse({ mode: 'live', baseUrl: api.url, timeoutMs: options.timeoutMs ?? 5_000 });
  const loyaltyClient = loyaltyClientProvider(() => ({ connection, auth: { scheme: 'none' } }), simulator.fetch);
  const journalDir = options.journalDir ?? (await mkdtemp(path.join(os.tmpdir(), 'loyalty-desk-journal-')));
  const writeOffs = createWriteOffDesk({
    journalDir,
    terminalId: 'test-terminal',
    loyaltyClient,
    // Marked as the mode the window is told, so the journal screen and reconciliation agree with the banner.
    server: () => (options.mode === 'live' ? api.url : TRAINING_SERVER),
    timing: options.settleTiming,
    logError: (message, error) => console.error(message, error),
  });
  const implementations = createCallImplementations({
    loyaltyClient,
    appInfo: () => ({ mode: options.mode ?? 'training', version: 'test' }),
    writeOffs,
  });
  const handlers = createHandlerTable(implementations, {
    isTrustedCaller: (url) => URL.canParse(url) && new URL(url).origin === site.origin,
    logUnexpected: (call, error) => console.error(`call ${call} failed unexpectedly`, error),
  });
  return {
    simulator,
    simulatorUrl: api.url,
    handlers,
    writeOffs,
    journalDir,
    origin: site.origin,
    async open(page) {
      await exposeHandlers(page, handlers);
      await page.goto(`${site.origin}/index.html`);
    },
    async close() {
      await writeOffs.close();
      await Promise.all([api.close(), site.close()]);
      if (!options.journalDir) await rm(journalDir, { recursive: true, force: true });
    },
  };
}
