// Shell: the one main window, secure by its preferences and loaded from the app protocol.
import { BrowserWindow } from 'electron';
import type { KioskWindowOptions } from '../lifecycle/kiosk';
import { APP_ENTRY_URL } from '../security/app-origin';
import { secureWebPreferences } from '../security/web-preferences';

export function createMainWindow(preloadPath: string, kiosk: KioskWindowOptions = {}): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    backgroundColor: '#f6f7f9',
    title: 'Loyalty Desk',
    ...kiosk,
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
