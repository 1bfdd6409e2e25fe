// Shell: a start that failed ends in a native error box in the terminal's language and an exit that releases the lock.
import { app, dialog } from 'electron';
import log from 'electron-log/main';
import { startFailureBox, startFailureLanguage } from './start-failure';

/** Never leaves a process without a window behind: that process would hold the single-instance lock for ever. */
export function failStart(error: unknown, settingsLanguage: string | undefined): void {
  log.error('the app could not start', error);
  const language = startFailureLanguage(settingsLanguage, app.isReady() ? app.getLocale() : '');
  const { title, content } = startFailureBox(language, log.transports.file.getFile().path);
  dialog.showErrorBox(title, content);
  app.exit(1);
}
