// The application menu: none, so no default accelerator (reload, close, zoom, DevTools) exists; on macOS only Edit.

/** A menu template as plain data (Electron's MenuItemConstructorOptions roles), or null for no menu at all. */
export function applicationMenuTemplate(platform: NodeJS.Platform): { role: 'editMenu' }[] | null {
  // macOS routes copy and paste in text fields through the menu: without an Edit menu a cashier could not paste a number.
  return platform === 'darwin' ? [{ role: 'editMenu' }] : null;
}
