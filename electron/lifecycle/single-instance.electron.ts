// Shell: holds the single-instance lock and, when the app is launched again, brings the running window forward and
// hands it the launch's command line (a second launch with --provision is applied by the running app).
import { app, type BrowserWindow } from 'electron';
import { decideSecondInstance } from './single-instance';

/** False when another instance already holds the lock: this one must leave at once. */
export function setupSingleInstance(
  mainWindow: () => BrowserWindow | null,
  onSecondLaunch: (argv: string[]) => Promise<void>,
): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  // Forward only once the launch was dealt with: coming to the front is what makes the window ask what happened.
  app.on('second-instance', (_event, argv) => void onSecondLaunch(argv).finally(() => bringForward(mainWindow())));
  return true;
}

function bringForward(window: BrowserWindow | null): void {
  const alive = window && !window.isDestroyed() ? window : null;
  const actions = decideSecondInstance(alive && { minimized: alive.isMinimized(), visible: alive.isVisible() });
  for (const action of actions) alive?.[action]();
}
