// Shell hook: the manager's settings lock as soon as the window is left (hidden, minimised or out of focus), so an
// unlocked settings screen never waits for the next person at the till.

/** The part of a BrowserWindow this needs; typed structurally so a test can pass an EventEmitter. */
export interface LeavableWindow {
  on(event: 'blur' | 'hide' | 'minimize', listener: () => void): unknown;
}

export function lockSettingsWhenLeft(window: LeavableWindow, lock: () => void): void {
  for (const event of ['blur', 'hide', 'minimize'] as const) window.on(event, lock);
}
