// The names of the calls the window may make, and the IPC channel of each; the preload needs nothing more than this.

export const CALL_NAMES = [
  'appInfo',
  'searchClients',
  'getCustomer',
  'getHistory',
  'writeOff',
  'getWriteOff',
  'updateStatus',
  // Manager settings behind the PIN (issue 5).
  'pinStatus',
  'setPin',
  'unlockSettings',
  'lockSettings',
  'getSettings',
  'saveSettings',
  'testConnection',
  // The write-off journal (issue 4).
  'listJournal',
  'exportJournalCsv',
  'reconcileShift',
  'recoveredAtStart',
  // Settling write-offs in doubt (issue 11).
  'finishWithoutWriteOff',
  'resolveWriteOff',
] as const;

export type CallName = (typeof CALL_NAMES)[number];

/** The IPC channel a call travels on; written here once so nothing else spells channel strings. */
export function channelOf(name: CallName): string {
  return `pos:${name}`;
}
