// Shell: makes the app start at login, or stop doing so, as the installation settings say.
import { app } from 'electron';
import log from 'electron-log/main';
import { applyAutostartFile, loginItemPlan } from './login-item';
import type { InstallationSettings } from '../settings/installation';

export async function setupLoginItem(settings: InstallationSettings): Promise<void> {
  const plan = loginItemPlan(settings, {
    platform: process.platform,
    packaged: app.isPackaged,
    executable: process.execPath,
    configDir: app.getPath('appData'),
  });
  if (plan.kind === 'skip') log.info(`start at login: left alone, ${plan.reason}`);
  if (plan.kind === 'login-item') app.setLoginItemSettings({ openAtLogin: plan.openAtLogin });
  if (plan.kind === 'autostart-file') await applyAutostartFile(plan.file, plan.contents);
}
