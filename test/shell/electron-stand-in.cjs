// A recording stand-in for the `electron` module, so the built main bundle runs in plain Node: every call the shell
// makes is written to a log in order, and the parts a test needs (IPC handlers, the protocol handler, the window) kept.
'use strict';

const { EventEmitter } = require('node:events');
const path = require('node:path');

/** Stand-in options from the environment: which lock answer to give, which call to break. */
const options = JSON.parse(process.env.STAND_IN_OPTIONS || '{}');

/** Every call, in order: [what, ...plain details]. */
const calls = [];
const record = (what, ...details) => calls.push([what, ...details]);
/** Breaks a named call on purpose, to play a start that fails there. */
const maybeBreak = (what) => {
  if (options.breakCall === what) throw new Error(`stand-in: ${what} broke on purpose`);
};

const paths = { userData: path.join(require('node:os').tmpdir(), 'loyalty-desk-stand-in') };

class App extends EventEmitter {
  name = 'Loyalty Desk';
  isPackaged = false;
  #ready = false;
  setPath(name, value) {
    record('app.setPath', name, value);
    paths[name] = value;
  }
  getPath(name) {
    if (name === 'logs') return path.join(paths.userData, 'logs');
    if (name === 'appData') return path.dirname(paths.userData);
    return paths[name] ?? path.join(paths.userData, name);
  }
  getName() {
    return this.name;
  }
  getVersion() {
    maybeBreak('app.getVersion');
    return '0.0.0-shell';
  }
  getLocale() {
    return 'ru-RU';
  }
  isReady() {
    return this.#ready;
  }
  whenReady() {
    record('app.whenReady');
    return this.#ready ? Promise.resolve() : new Promise((resolve) => this.once('ready', resolve));
  }
  /** The driver calls this once the bundle has run its top level, as Electron would after loading the main script. */
  becomeReady() {
    record('ready');
    this.#ready = true;
    this.emit('ready');
  }
  requestSingleInstanceLock() {
    record('app.requestSingleInstanceLock');
    return options.lock !== 'held-elsewhere';
  }
  setLoginItemSettings(settings) {
    record('app.setLoginItemSettings', settings);
  }
  exit(code = 0) {
    record('app.exit', code);
    globalThis.__standInExit?.(code);
  }
  quit() {
    record('app.quit');
    globalThis.__standInExit?.(0);
  }
  on(event, listener) {
    record('app.on', event);
    return super.on(event, listener);
  }
}

class IpcMain extends EventEmitter {
  handlers = new Map();
  handle(channel, handler) {
    record('ipcMain.handle', channel);
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel) {
    record('ipcMain.removeHandler', channel);
    this.handlers.delete(channel);
  }
  on(channel, listener) {
    record('ipcMain.on', channel);
    return super.on(channel, listener);
  }
}

class WebContents extends EventEmitter {
  windowOpenHandler = null;
  session = session.defaultSession;
  setWindowOpenHandler(handler) {
    record('webContents.setWindowOpenHandler');
    this.windowOpenHandler = handler;
  }
  setVisualZoomLevelLimits(minimum, maximum) {
    record('webContents.setVisualZoomLevelLimits', minimum, maximum);
    return Promise.resolve();
  }
}

const windows = [];
class BrowserWindow extends EventEmitter {
  static getAllWindows() {
    return windows;
  }
  constructor(options) {
    super();
    record('new BrowserWindow', JSON.parse(JSON.stringify(options)));
    this.options = options;
    this.webContents = new WebContents();
    this.destroyed = false;
    this.visible = false;
    windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url) {
    record('window.loadURL', url);
    setImmediate(() => globalThis.__standInWindowLoaded?.(this));
    return Promise.resolve();
  }
  show() {
    record('window.show');
    this.visible = true;
  }
  focus() {
    record('window.focus');
  }
  restore() {
    record('window.restore');
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return false;
  }
  isVisible() {
    return this.visible;
  }
}

const session = {
  defaultSession: {
    preloads: [],
    setPermissionRequestHandler: () => record('session.setPermissionRequestHandler'),
    setPermissionCheckHandler: () => record('session.setPermissionCheckHandler'),
    setPreloads(preloads) {
      record('session.setPreloads', preloads);
      this.preloads = preloads;
    },
    getPreloads() {
      return this.preloads;
    },
    registerPreloadScript(script) {
      record('session.registerPreloadScript', script);
      this.preloads.push(script.filePath);
    },
    getPreloadScripts() {
      return this.preloads;
    },
  },
  fromPartition: () => session.defaultSession,
};

const app = new App();
const ipcMain = new IpcMain();

const protocolHandlers = new Map();
const protocol = {
  registerSchemesAsPrivileged: (schemes) => record('protocol.registerSchemesAsPrivileged', schemes),
  handle(scheme, handler) {
    record('protocol.handle', scheme);
    protocolHandlers.set(scheme, handler);
  },
};

const safeStorage = {
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend: () => 'gnome_libsecret',
  // Reversible and obviously not encryption: the shell test checks wiring, not cryptography.
  encryptString: (text) => Buffer.from(`stand-in:${text}`, 'utf8'),
  decryptString: (data) =>
    Buffer.from(data)
      .toString('utf8')
      .replace(/^stand-in:/, ''),
};

const Menu = {
  setApplicationMenu: (menu) => record('Menu.setApplicationMenu', menu === null ? null : 'a menu'),
  buildFromTemplate: (template) => ({ template }),
};

const dialog = {
  showErrorBox: (title, content) => record('dialog.showErrorBox', title, content),
  showMessageBoxSync: (_window, box) => {
    record('dialog.showMessageBoxSync', box);
    return 0;
  },
};

const shell = {
  openExternal: (url) => {
    record('shell.openExternal', url);
    return Promise.resolve();
  },
  openPath: () => Promise.resolve(''),
};

const webContents = { getAllWebContents: () => windows.map((window) => window.webContents) };

globalThis.__standIn = { calls, app, ipcMain, protocolHandlers, windows, session, options };

exports.app = app;
exports.ipcMain = ipcMain;
exports.BrowserWindow = BrowserWindow;
exports.session = session;
exports.protocol = protocol;
exports.safeStorage = safeStorage;
exports.Menu = Menu;
exports.dialog = dialog;
exports.shell = shell;
exports.webContents = webContents;
