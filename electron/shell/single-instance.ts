// Shell: holds the single-instance lock and, when the app is launched again, brings the running window forward.
import { app, type BrowserWindow } from 'electron';
import { decideSecondInstance } from '../lifecycle/single-instance';

/** False when another instance already holds the lock: this one must leave at once. */
export function setupSingleInstance(mainWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const window = mainWindow();
    const alive = window && !window.isDestroyed() ? window : null;
    const actions = decideSecondInstance(alive && { minimized: alive.isMinimized(), visible: alive.isVisible() });
    for (const action of actions) alive?.[action]();
  });
  return true;
}
