// Shell: electron-updater pointed at the manager's update address; a downloaded update installs only at a normal quit, by
// an account that can approve the installer, when the update gate allows it at that moment (install-at-quit.ts).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { app } from 'electron';
import log from 'electron-log/main';
import electronUpdater from 'electron-updater';
import type { UpdateStatus } from '../../common/contract';
import { updateBlocker, type CheckoutActivity } from './gate';
import { elevationFromGroups, installAtQuit, type Elevation } from './install-at-quit';
import { UPDATE_PUBLISHERS } from './publisher';
import {
  CHECK_INTERVAL_MS,
  FIRST_CHECK_DELAY_MS,
  NO_UPDATE,
  nextUpdaterState,
  updateStatus,
  updaterPlan,
} from './policy';

/** Starts the updater when the settings ask for it; returns what the cashier's notice reads. */
export function setupUpdates(settings: { updateUrl: string }, activity: () => CheckoutActivity): () => UpdateStatus {
  let state = NO_UPDATE;
  // Until whoami answers, as if the account could not elevate: better a notice than an installer nobody can approve.
  let elevation: Elevation = 'cannot-elevate';
  let sessionEnding = false;
  const plan = updaterPlan(settings, {
    platform: process.platform,
    packaged: app.isPackaged,
    publishers: UPDATE_PUBLISHERS,
  });
  if (!plan.enabled) {
    log.info(`updates: off, ${plan.reason}`);
  } else {
    // Log-off, restart or shutdown: never start an installer the session's end would cut off half way. Windows tells
    // each window (not the app); the window is created right after this, so the listener is in place before it.
    const endingSession = () => {
      sessionEnding = true;
      electronUpdater.autoUpdater.autoInstallOnAppQuit = false;
    };
    app.on('browser-window-created', (_event, window) => {
      window.on('query-session-end', endingSession);
      window.on('session-end', endingSession);
    });
    void app.whenReady().then(() => {
      // electron-updater is CommonJS; its autoUpdater is reached through the default export.
      const { autoUpdater } = electronUpdater;
      autoUpdater.logger = log;
      autoUpdater.setFeedURL({ provider: 'generic', url: plan.feedUrl });
      autoUpdater.autoDownload = true;
      autoUpdater.allowDowngrade = false;
      autoUpdater.allowPrerelease = false;
      // The signature is checked against the publishers this build was made with, whatever app-update.yml says.
      if (autoUpdater instanceof electronUpdater.NsisUpdater) {
        const verify = autoUpdater.verifyUpdateCodeSignature;
        autoUpdater.verifyUpdateCodeSignature = (_names, file) => verify([...UPDATE_PUBLISHERS], file);
      }
      autoUpdater.on(
        'update-available',
        (info) => (state = nextUpdaterState(state, { type: 'available', version: info.version })),
      );
      autoUpdater.on('update-not-available', () => (state = nextUpdaterState(state, { type: 'not-available' })));
      autoUpdater.on(
        'update-downloaded',
        (info) => (state = nextUpdaterState(state, { type: 'downloaded', version: info.version })),
      );
      autoUpdater.on('error', (error) => {
        log.warn('updates: check or download failed', error);
        state = nextUpdaterState(state, { type: 'error' });
      });

      // By its full path: a whoami.exe earlier on PATH must not decide whether an installer starts.
      const whoami = path.join(process.env.SystemRoot ?? 'C:\\Windows', 'System32', 'whoami.exe');
      execFile(whoami, ['/groups', '/fo', 'csv', '/nh'], { windowsHide: true }, (error, stdout) => {
        if (error)
          log.warn('updates: could not tell whether this account can elevate; a manager installs updates', error);
        else elevation = elevationFromGroups(stdout);
        log.info(`updates: this account ${elevation === 'can-elevate' ? 'can' : 'cannot'} approve the installer`);
      });

      // electron-updater runs the installer from its own 'quit' handler and reads this flag then: decided at the last moment.
      app.on('will-quit', () => {
        const decision = installAtQuit({ blocker: updateBlocker(activity()), elevation, sessionEnding });
        autoUpdater.autoInstallOnAppQuit = decision.install;
        if (state.phase === 'downloaded' && !decision.install)
          log.info(`updates: ${state.version} not installed at quit, ${decision.reason}`);
      });

      const check = () =>
        void autoUpdater.checkForUpdates().catch((error: unknown) => log.warn('updates: check failed', error));
      setTimeout(check, FIRST_CHECK_DELAY_MS);
      setInterval(check, CHECK_INTERVAL_MS);
      // The origin only: an update address may carry a login.
      log.info(`updates: on, from ${new URL(plan.feedUrl).origin}`);
    });
  }
  return () => updateStatus(state, activity(), elevation);
}
