// Shell: the terminal's settings in electron-store; a damaged file is kept aside and the terminal starts from defaults.
import path from 'node:path';
import { app, ipcMain } from 'electron';
import Store from 'electron-store';
import { openKeepingDamagedAside, type Opened } from './damaged-file';
import { STORE_SCHEMA } from './settings-store';

/** electron-store answers this channel for renderers that use it; this app's window never does, so it is closed. */
const ELECTRON_STORE_CHANNEL = 'electron-store-get-data';

export function openSettingsFile(): Opened<Store> {
  const file = path.join(app.getPath('userData'), 'settings.json');
  // conf throws on a file that is not JSON or breaks the schema (clearInvalidConfig is false): kept aside, never lost.
  const opened = openKeepingDamagedAside(() => new Store({ name: 'settings', schema: STORE_SCHEMA }), file);
  ipcMain.removeAllListeners(ELECTRON_STORE_CHANNEL);
  return opened;
}
