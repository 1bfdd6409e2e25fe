// Shell: the one main window, secure by its preferences and loaded from the app protocol.
import { app, BrowserWindow, dialog } from 'electron';
import { isBlockedShortcut } from './blocked-shortcuts';
import type { CloseQuestion } from './close-guard';
import type { KioskWindowOptions } from './kiosk';
import { APP_ENTRY_URL } from '../security/app-origin';
import type { SecureWebPreferences } from '../security/web-preferences';

export interface MainWindowOptions {
  preloadPath: string;
  kiosk: KioskWindowOptions;
  /** Asked when the window is about to close: what is at stake, or null to close at once. */
  closeQuestion: () => CloseQuestion | null;
}

export function createMainWindow({ preloadPath, kiosk, closeQuestion }: MainWindowOptions): BrowserWindow {
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
  // Reload, close, quit, zoom and DevTools keys reach neither Electron nor the page; the app's own F-keys do.
  window.webContents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input)) event.preventDefault();
  });
  // A pinch or Ctrl+wheel must not zoom the till either.
  void window.webContents.setVisualZoomLevelLimits(1, 1);
  window.on('close', (event) => {
    const question = closeQuestion();
    if (!question) return;
    const { title, message, detail, buttons } = question;
    const answer = dialog.showMessageBoxSync(window, {
      type: 'warning',
      title,
      message,
      detail,
      buttons,
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    if (answer === 0) event.preventDefault();
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
