// Main process entry: wiring only — settings, the loyalty client, the handler table, the window. Decisions live in the modules it calls.
import { hostname } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app } from 'electron';
import log from 'electron-log/main';
import Store from 'electron-store';
import { createCallImplementations } from './calls';
import { createWriteOffDesk, TRAINING_SERVER } from './checkout/write-off';
import { createHandlerTable } from './ipc/handlers';
import { loyaltyClientProvider } from './loyalty/connect';
import { isAppUrl } from './security/app-origin';
import { readConnection } from './settings/connection';
import { registerAppScheme, serveRenderer } from './shell/app-protocol';
import { installGuards } from './shell/guards';
import { registerIpcHandlers } from './shell/ipc';
import { createMainWindow } from './shell/window';
import { createSimulator } from './training/simulator';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/preload.cjs');

// A portable or test install keeps its data where it is told to; must be set before anything reads the path.
if (process.env.LOYALTY_DESK_USER_DATA) app.setPath('userData', process.env.LOYALTY_DESK_USER_DATA);
log.initialize();
registerAppScheme();

const store = new Store({ name: 'settings' });
const trainingSimulator = createSimulator();

const connection = () => readConnection(store.get('connection'));

const loyaltyClient = loyaltyClientProvider(() => ({ connection: connection(), auth: { scheme: 'none' } }), trainingSimulator.fetch);
const implementations = createCallImplementations({
  loyaltyClient,
  appInfo: () => ({ mode: connection().mode, version: app.getVersion() }),
  // The journal lives beside the settings in the app's data folder; the terminal id comes from settings once issue 5 adds it.
  writeOffs: createWriteOffDesk({
    journalDir: path.join(app.getPath('userData'), 'write-off-journal'),
    terminalId: hostname(),
    loyaltyClient,
    server: () => (connection().mode === 'training' ? TRAINING_SERVER : connection().baseUrl),
    logError: (message, error) => log.error(message, error),
  }),
});
const handlers = createHandlerTable(implementations, {
  isTrustedCaller: isAppUrl,
  logUnexpected: (call, error) => log.error(`call ${call} failed unexpectedly`, error),
});

void app.whenReady().then(() => {
  installGuards();
  serveRenderer(rendererDir);
  registerIpcHandlers(handlers);
  createMainWindow(preloadPath);
});

app.on('window-all-closed', () => app.quit());
