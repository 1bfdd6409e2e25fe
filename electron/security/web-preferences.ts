// The web preferences every window must set, each security-relevant one to its one safe value; a window's literal `satisfies` this.

/**
 * Written as a type rather than built by a function so that each window spells its preferences out literally (what
 * Electronegativity reads), while the compiler refuses any window that leaves one out or sets it otherwise.
 */
export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  experimentalFeatures: false;
  navigateOnDragDrop: false;
  /** Middle-click would otherwise open a link in a new window without passing the window-open handler. */
  disableBlinkFeatures: 'Auxclick';
  spellcheck: false;
  devTools: boolean;
}
