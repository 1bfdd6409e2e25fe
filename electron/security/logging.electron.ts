// Shell: electron-log with every message redacted (known secrets and credential shapes) before it reaches a file or the
// console, and nothing of it in the window: no session preload (initialize() is never called) and no IPC channel.
import { ipcMain } from 'electron';
import log from 'electron-log/main';
import { createLogRedactionHook, createLogRedactor } from './redact';

/** The channel electron-log/main listens on from the moment it is imported, with no check of who sends. */
const ELECTRON_LOG_CHANNEL = '__ELECTRON_LOG__';

export function setupLogging(knownSecrets: () => readonly string[]): typeof log {
  // The window logs nothing through the main process: a page that could write lines into the terminal's log could forge them.
  ipcMain.removeAllListeners(ELECTRON_LOG_CHANNEL);
  ipcMain.removeHandler(ELECTRON_LOG_CHANNEL);
  log.hooks.push(createLogRedactionHook(createLogRedactor(knownSecrets)));
  return log;
}
