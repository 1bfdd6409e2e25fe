// Main process entry: wiring only — settings, the loyalty client, the handler table, the window. Decisions live in the modules it calls.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, type BrowserWindow } from 'electron';
import Store from 'electron-store';
import { createCallImplementations } from './calls';
import { createWriteOffDesk, serverOf } from './checkout/write-off';
import { createHandlerTable } from './ipc/handlers';
import { kioskWindowOptions } from './lifecycle/kiosk';
import { loyaltyClientProvider } from './loyalty/connect';
import { isAppUrl } from './security/app-origin';
import { createSecretRedactor } from './security/redact';
import { readInstallation } from './settings/installation';
import { provisionFile } from './settings/provision-source';
import { describeProvisioning } from './settings/provisioning';
import type { SettingsService } from './settings/settings-service';
import { STORE_SCHEMA } from './settings/settings-store';
import { setupSettings } from './settings/setup';
import { registerAppScheme, serveRenderer } from './shell/app-protocol';
import { installGuards } from './shell/guards';
import { registerIpcHandlers } from './shell/ipc';
import { setupLoginItem } from './shell/login-item';
import { setupLogging } from './shell/logging';
import { safeStorageEncryptor } from './shell/safe-storage';
import { setupSingleInstance } from './shell/single-instance';
import { setupUpdates } from './shell/updater';
import { createMainWindow } from './shell/window';
import { createSimulator } from './training/simulator';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/preload.cjs');

// A portable or test install keeps its data where it is told to; must be set before anything reads the path.
if (process.env.LOYALTY_DESK_USER_DATA) app.setPath('userData', process.env.LOYALTY_DESK_USER_DATA);
// One app per terminal, locked on the userData folder (so after the line above): a second launch brings the first
// forward and leaves before it opens the settings or the journal.
let mainWindow: BrowserWindow | null = null;
if (!setupSingleInstance(() => mainWindow)) app.exit(0);

let settings: SettingsService | undefined;
const log = setupLogging(() => settings?.knownSecrets() ?? []);
log.initialize();
registerAppScheme();

const store = new Store({ name: 'settings', schema: STORE_SCHEMA });
// Kiosk, start at login and the update address are read once: they take effect at the next start.
const installation = readInstallation(store.get('installation'));
const trainingSimulator = createSimulator();

// safeStorage answers only once the app is ready, so the settings (and everything that reads them) start there.
void app.whenReady().then(async () => {
  const setup = await setupSettings({
    store,
    vaultFile: path.join(app.getPath('userData'), 'credentials.json'),
    encryptor: safeStorageEncryptor(),
    provisionFile: provisionFile(process.argv, process.platform, process.env),
  });
  settings = setup.settings;
  if (setup.provisioning) describeProvisioning(setup.provisioning).forEach((line) => log.info(line));

  const current = setup.settings;
  const loyaltyClient = loyaltyClientProvider(() => current.connectionState(), trainingSimulator.fetch);
  // The journal lives beside the settings in the app's data folder (not in electron-store, which resets a damaged file).
  const writeOffs = createWriteOffDesk({
    journalDir: path.join(app.getPath('userData'), 'write-off-journal'),
    terminalId: current.terminalId(),
    loyaltyClient,
    server: () => serverOf(current.connectionState().connection),
    logError: (message, error) => log.error(message, error),
  });
  // No screen reports an open sale yet; until then only write-offs hold an update back.
  const updateStatus = setupUpdates(installation, () => ({ ...writeOffs.activity(), saleInProgress: false }));
  const implementations = createCallImplementations({
    loyaltyClient,
    appInfo: () => ({ mode: current.connectionState().connection.mode, version: app.getVersion(), language: current.language() }),
    writeOffs,
    updateStatus,
    settings: current.calls,
  });
  const handlers = createHandlerTable(implementations, {
    isTrustedCaller: isAppUrl,
    logUnexpected: (call, error) => log.error(`call ${call} failed unexpectedly`, error),
    logServerWords: (call, words) => log.warn(`call ${call}: the loyalty server said: ${words}`),
    redact: createSecretRedactor(() => current.knownSecrets()),
  });

  installGuards();
  serveRenderer(rendererDir);
  registerIpcHandlers(handlers);
  mainWindow = createMainWindow(preloadPath, kioskWindowOptions(installation));
  setupLoginItem(installation).catch((error: unknown) => log.warn('start at login could not be set', error));
});

app.on('window-all-closed', () => app.quit());
