// Main process entry: wiring only — the Electron shell around composeMainSide. Decisions live in the modules it calls.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, type BrowserWindow } from 'electron';
import type { AppNotice } from '../common/notices';
import { composeMainSide, type MainSide } from './compose';
import { registerIpcHandlers } from './ipc/ipc.electron';
import { setupApplicationMenu } from './lifecycle/app-menu.electron';
import { closeQuestion } from './lifecycle/close-guard';
import { kioskWindowOptions } from './lifecycle/kiosk';
import { setupLoginItem } from './lifecycle/login-item.electron';
import { setupSelfCheck } from './lifecycle/self-check.electron';
import { setupSingleInstance } from './lifecycle/single-instance.electron';
import { failStart } from './lifecycle/start-failure.electron';
import { createMainWindow } from './lifecycle/window.electron';
import { setupSystemProxy } from './loyalty/system-proxy.electron';
import { isAppUrl } from './security/app-origin';
import { registerAppScheme, serveRenderer } from './security/app-protocol.electron';
import { installGuards } from './security/guards.electron';
import { setupLogging } from './security/logging.electron';
import { provisionFile, provisionFileFromArgv, systemProvisionFile } from './settings/provision-source';
import { safeStorageEncryptor } from './settings/safe-storage.electron';
import { openSettingsFile } from './settings/settings-file.electron';
import { lockSettingsWhenLeft } from './settings/settings-lock.electron';
import { createTrainingFetch } from './training/training-mode';
import { setupUpdates } from './updates/updater.electron';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/preload.cjs');

// A portable or test install keeps its data where it is told to; must be set before anything reads the path.
if (process.env.LOYALTY_DESK_USER_DATA) app.setPath('userData', process.env.LOYALTY_DESK_USER_DATA);

let mainWindow: BrowserWindow | null = null;
let mainSide: MainSide | undefined;
/** The start under way; a second launch that arrives meanwhile waits for it. */
let started: Promise<MainSide> | undefined;

// One app per terminal, locked on the userData folder (so after the line above): a second launch brings the first
// forward, handing it its --provision file, and leaves before it opens the settings or the journal.
if (setupSingleInstance(() => mainWindow, applySecondLaunch)) startShell();
else app.exit(0);

function startShell(): void {
  const log = setupLogging(() => mainSide?.settings.knownSecrets() ?? []);
  registerAppScheme();
  // No menu: Ctrl+R, Ctrl+W, zoom and DevTools have nothing to act through (the window swallows the keys as well).
  setupApplicationMenu();
  // safeStorage answers only once the app is ready, so everything that reads the settings starts there. Any failure on
  // the way ends in an error box and an exit, never in a process without a window that keeps the lock.
  started = app.whenReady().then(start);
  started.catch((error: unknown) => failStart(error, mainSide?.settings.language()));
  app.on('window-all-closed', () => app.quit());

  async function start(): Promise<MainSide> {
    const settingsFile = openSettingsFile();
    const startupNotices: AppNotice[] = [];
    if (settingsFile.keptAs) {
      log.error(
        `settings: the file could not be read and was kept aside as ${settingsFile.keptAs}; starting from defaults`,
      );
      startupNotices.push({ kind: 'settings-reset', detail: path.basename(settingsFile.keptAs) });
    }
    const userData = app.getPath('userData');
    const side = await composeMainSide({
      store: settingsFile.store,
      vaultFile: path.join(userData, 'credentials.json'),
      encryptor: safeStorageEncryptor(),
      provisionFile: provisionFile(process.argv, process.platform, process.env),
      provisionPolicy: {
        packaged: app.isPackaged,
        systemFile: systemProvisionFile(process.platform, process.env),
        platform: process.platform,
      },
      // The journal lives beside the settings, in a folder of its own: a settings file kept aside never touches it.
      journalDir: path.join(userData, 'write-off-journal'),
      trainingFetch: createTrainingFetch(),
      version: app.getVersion(),
      isTrustedCaller: isAppUrl,
      // No screen reports an open sale yet; until then only write-offs hold an update back.
      updateStatus: (installation, activity) =>
        setupUpdates(installation, () => ({ ...activity(), saleInProgress: false })),
      log: {
        info: (message) => log.info(message),
        warn: (message) => log.warn(message),
        error: (message, error) => log.error(message, error),
      },
      startupNotices,
    });
    mainSide = side;

    // The OS proxy settings for the loyalty API: the client's last choice after the manager's and HTTPS_PROXY.
    setupSystemProxy(() => side.settings.connectionState().connection.baseUrl);
    installGuards();
    serveRenderer(rendererDir);
    registerIpcHandlers(side.handlers);
    mainWindow = createMainWindow({
      preloadPath,
      kiosk: kioskWindowOptions(side.installation),
      closeQuestion: () => closeQuestion(side.writeOffs.activity(), side.settings.language()),
    });
    // The settings unlocked by the PIN lock again as soon as the manager leaves the window.
    lockSettingsWhenLeft(mainWindow, () => side.settings.lock());
    setupLoginItem(side.installation).catch((error: unknown) => log.warn('start at login could not be set', error));
    // Only for `--self-check=<report.json>` (SECURITY.md): the installed app reports what it started with, and quits.
    setupSelfCheck(process.argv, mainWindow, side.settings, side.provisioning);
    return side;
  }
}

/** A second launch with `--provision <file>`: applied here; the window hears how it went when it comes forward. */
async function applySecondLaunch(argv: string[]): Promise<void> {
  const file = provisionFileFromArgv(argv);
  const side = await started?.catch(() => undefined);
  if (file && side) await side.provision(file);
}
