// Shell: electron-updater pointed at the manager's update address; a downloaded update installs on quit only when the
// update gate allows it at that moment.
import { app } from 'electron';
import log from 'electron-log/main';
import electronUpdater from 'electron-updater';
import type { UpdateStatus } from '../ipc/contract';
import type { InstallationSettings } from '../settings/installation';
import { updateBlocker, type CheckoutActivity } from '../updates/gate';
import { UPDATE_PUBLISHERS } from '../updates/publisher';
import { CHECK_INTERVAL_MS, FIRST_CHECK_DELAY_MS, NO_UPDATE, nextUpdaterState, updateStatus, updaterPlan } from '../updates/policy';

/** Starts the updater when the settings ask for it; returns what the cashier's notice reads. */
export function setupUpdates(settings: InstallationSettings, activity: () => CheckoutActivity): () => UpdateStatus {
  let state = NO_UPDATE;
  const plan = updaterPlan(settings, { platform: process.platform, packaged: app.isPackaged, appImage: process.env.APPIMAGE, publishers: UPDATE_PUBLISHERS });
  if (!plan.enabled) {
    log.info(`updates: off, ${plan.reason}`);
  } else {
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
      autoUpdater.on('update-available', (info) => (state = nextUpdaterState(state, { type: 'available', version: info.version })));
      autoUpdater.on('update-not-available', () => (state = nextUpdaterState(state, { type: 'not-available' })));
      autoUpdater.on('update-downloaded', (info) => (state = nextUpdaterState(state, { type: 'downloaded', version: info.version })));
      autoUpdater.on('error', (error) => {
        log.warn('updates: check or download failed', error);
        state = nextUpdaterState(state, { type: 'error' });
      });

      // electron-updater runs the installer from its own 'quit' handler and reads this flag then: decided at the last moment.
      app.on('will-quit', () => {
        const blocker = updateBlocker(activity());
        autoUpdater.autoInstallOnAppQuit = blocker === null;
        if (state.phase === 'downloaded' && blocker) log.info(`updates: ${state.version} not installed at quit, ${blocker}`);
      });

      const check = () => void autoUpdater.checkForUpdates().catch((error: unknown) => log.warn('updates: check failed', error));
      setTimeout(check, FIRST_CHECK_DELAY_MS);
      setInterval(check, CHECK_INTERVAL_MS);
      // The origin only: an update address may carry a login.
      log.info(`updates: on, from ${new URL(plan.feedUrl).origin}`);
    });
  }
  return () => updateStatus(state, activity());
}
