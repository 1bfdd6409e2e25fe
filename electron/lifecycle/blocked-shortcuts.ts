// The browser's own shortcuts a cashier could press by accident (reload, close, quit, zoom, DevTools): none may act.

/** The parts of Electron's before-input-event `Input` this decision reads. */
export interface KeyInput {
  type: string;
  key: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

/** With Ctrl (Cmd on macOS): reload, close, quit, new window, print, find, zoom in/out/reset, view source, save. */
const WITH_COMMAND = new Set(['r', 'w', 'q', 'n', 'p', 'f', 'g', 'o', 's', 'u', '+', '=', '-', '_', '0', 'tab']);
/** On their own: reload and hard reload, full screen, DevTools; the app's own F-keys (F2–F10) are not among them. */
const ALONE = new Set(['F11', 'F12', 'BrowserRefresh', 'BrowserBack', 'BrowserForward', 'ZoomIn', 'ZoomOut']);

/**
 * Whether a key press must be swallowed before the page sees it. F5 is the card's "refresh" in this app, and the
 * page handles it itself (no menu means Electron reloads nothing on F5), so it is let through.
 */
export function isBlockedShortcut(input: KeyInput): boolean {
  if (input.type !== 'keyDown') return false;
  if (ALONE.has(input.key)) return true;
  const command = input.control || input.meta;
  if (!command) return input.alt && (input.key === 'ArrowLeft' || input.key === 'ArrowRight' || input.key === 'Home');
  // Ctrl+Shift+I / J / C open DevTools in a browser; Ctrl+Shift+R hard-reloads.
  if (input.shift && ['i', 'j', 'c', 'r', 'delete'].includes(input.key.toLowerCase())) return true;
  return WITH_COMMAND.has(input.key.toLowerCase());
}
