// Shell: the one main window, secure by its preferences and loaded from the app protocol.
import { app, BrowserWindow } from 'electron';
import type { KioskWindowOptions } from '../lifecycle/kiosk';
import { APP_ENTRY_URL } from '../security/app-origin';
import type { SecureWebPreferences } from '../security/web-preferences';

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
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      // A developer's switch only: an installed app never opens DevTools, whatever its environment says.
      devTools: !app.isPackaged && process.env.LOYALTY_DESK_DEVTOOLS === '1',
    } satisfies SecureWebPreferences,
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
