// A whole loyalty desk for a browser test: the simulator on a loopback port, the real handler table and client, the built renderer.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createCallImplementations } from '../../electron/calls';
import { createWriteOffDesk, type WriteOffDesk } from '../../electron/checkout/write-off';
import { createHandlerTable, type HandlerTable } from '../../electron/ipc/handlers';
import type { LoyaltyClient } from '../../electron/loyalty/client';
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
  origin: string;
  /** Opens the app in the page, with window.pos wired to the handlers. */
  open(page: Page): Promise<void>;
  close(): Promise<void>;
}

export interface DeskOptions {
  simulator?: Simulator;
  mode?: 'training' | 'live';
  timeoutMs?: number;
  /** The main side's write-off desk; a test may wrap the real one, e.g. to play a settlement the window must show. */
  writeOffs?: (client: () => LoyaltyClient) => WriteOffDesk;
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
  const implementations = createCallImplementations({
    loyaltyClient,
    appInfo: () => ({ mode: options.mode ?? 'training', version: 'test' }),
    writeOffs: (options.writeOffs ?? createWriteOffDesk)(loyaltyClient),
  });
  const handlers = createHandlerTable(implementations, {
    isTrustedCaller: (url) => URL.canParse(url) && new URL(url).origin === site.origin,
    logUnexpected: (call, error) => console.error(`call ${call} failed unexpectedly`, error),
  });
  return {
    simulator,
    simulatorUrl: api.url,
    handlers,
    origin: site.origin,
    async open(page) {
      await exposeHandlers(page, handlers);
      await page.goto(`${site.origin}/index.html`);
    },
    async close() {
      await Promise.all([api.close(), site.close()]);
    },
  };
}
