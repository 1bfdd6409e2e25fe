// What the running app does when the cashier launches it again: bring its one window forward, never open a second app.

/** The parts of the main window's state the decision needs; null before the window exists or after it is gone. */
export interface WindowState {
  minimized: boolean;
  visible: boolean;
}

export type WindowAction = 'restore' | 'show' | 'focus';

/**
 * The steps, in order, that bring the window to the front. A second app would be a second writer to the journal of
 * write-offs and a second window a cashier could confuse with the first, so a second launch only ever does this.
 */
export function decideSecondInstance(window: WindowState | null): WindowAction[] {
  // Still starting up: the window shows itself when it is ready.
  if (!window) return [];
  const actions: WindowAction[] = [];
  if (window.minimized) actions.push('restore');
  if (!window.visible) actions.push('show');
  actions.push('focus');
  return actions;
}
