// What a terminal says when the app cannot start: in its language, what happened and what to do; then the app leaves.

export interface StartFailureBox {
  title: string;
  content: string;
}

/** The terminal's language when the settings could not say: Russian unless the system is set to something else. */
export function startFailureLanguage(settingsLanguage: string | undefined, systemLocale: string): 'ru' | 'en' {
  if (settingsLanguage === 'ru' || settingsLanguage === 'en') return settingsLanguage;
  return systemLocale.toLowerCase().startsWith('ru') || systemLocale === '' ? 'ru' : 'en';
}

export function startFailureBox(language: 'ru' | 'en', logFile: string): StartFailureBox {
  if (language === 'ru') {
    return {
      title: 'Loyalty Desk не запускается',
      content:
        'Программа не смогла запуститься и закрылась. Списания, записанные в журнал, не потеряны.\n\n' +
        'Запустите её снова. Если это повторится, позовите менеджера и передайте ему файл журнала работы программы:\n' +
        logFile,
    };
  }
  return {
    title: 'Loyalty Desk cannot start',
    content:
      'The app could not start and has closed. Write-offs recorded in its journal are not lost.\n\n' +
      "Start it again. If this happens again, call a manager and give them the app's log file:\n" +
      logFile,
  };
}
