// Main process entry: wiring only — settings, the loyalty client, the handler table, the window. Decisions live in the modules it calls.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app } from 'electron';
import Store from 'electron-store';
import { createCallImplementations } from './calls';
import { createWriteOffDesk } from './checkout/write-off';
import { createHandlerTable } from './ipc/handlers';
import { loyaltyClientProvider } from './loyalty/connect';
import { isAppUrl } from './security/app-origin';
import { createSecretRedactor } from './security/redact';
import { provisionFile } from './settings/provision-source';
import { describeProvisioning } from './settings/provisioning';
import type { SettingsService } from './settings/settings-service';
import { STORE_SCHEMA } from './settings/settings-store';
import { setupSettings } from './settings/setup';
import { registerAppScheme, serveRenderer } from './shell/app-protocol';
import { installGuards } from './shell/guards';
import { registerIpcHandlers } from './shell/ipc';
import { setupLogging } from './shell/logging';
import { safeStorageEncryptor } from './shell/safe-storage';
import { createMainWindow } from './shell/window';
import { createSimulator } from './training/simulator';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/preload.cjs');

// A portable or test install keeps its data where it is told to; must be set before anything reads the path.
if (process.env.LOYALTY_DESK_USER_DATA) app.setPath('userData', process.env.LOYALTY_DESK_USER_DATA);
let settings: SettingsService | undefined;
const log = setupLogging(() => settings?.knownSecrets() ?? []);
log.initialize();
registerAppScheme();

const trainingSimulator = createSimulator();

// safeStorage answers only once the app is ready, so the settings (and everything that reads them) start there.
void app.whenReady().then(async () => {
  const setup = await setupSettings({
    store: new Store({ name: 'settings', schema: STORE_SCHEMA }),
    vaultFile: path.join(app.getPath('userData'), 'credentials.json'),
    encryptor: safeStorageEncryptor(),
    provisionFile: provisionFile(process.argv, process.platform, process.env),
  });
  settings = setup.settings;
  if (setup.provisioning) describeProvisioning(setup.provisioning).forEach((line) => log.info(line));

  const current = setup.settings;
  const loyaltyClient = loyaltyClientProvider(() => current.connectionState(), trainingSimulator.fetch);
  const implementations = createCallImplementations({
    loyaltyClient,
    appInfo: () => ({ mode: current.connectionState().connection.mode, version: app.getVersion(), language: current.language() }),
    writeOffs: createWriteOffDesk(loyaltyClient),
    settings: current.calls,
  });
  const handlers = createHandlerTable(implementations, {
    isTrustedCaller: isAppUrl,
    logUnexpected: (call, error) => log.error(`call ${call} failed unexpectedly`, error),
    redact: createSecretRedactor(() => current.knownSecrets()),
  });

  installGuards();
  serveRenderer(rendererDir);
  registerIpcHandlers(handlers);
  createMainWindow(preloadPath);
});

app.on('window-all-closed', () => app.quit());
