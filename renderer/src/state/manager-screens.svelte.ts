// Which of the manager's screens covers the cashier's flow (the settings over everything, else the shift journal), and
// the window's global keys that open them: F10 the settings, F9 the journal. One owner, so no screen decides it alone.
import type { KeyTable } from '../lib/keys';

class ManagerScreens {
  settingsOpen = $state(false);
  journalOpen = $state(false);
  /** What covers the cashier's flow now; null when the cashier's own screen shows. */
  shown = $derived(this.settingsOpen ? 'settings' : this.journalOpen ? 'journal' : null);

  openSettings = (): void => {
    this.settingsOpen = true;
  };

  /** Back to whatever the settings covered: the journal, if it was open, or the cashier's screen. */
  closeSettings = (): void => {
    this.settingsOpen = false;
  };

  toggleJournal = (): void => {
    this.journalOpen = !this.journalOpen;
  };

  closeJournal = (): void => {
    this.journalOpen = false;
  };

  /** The global keys; while the settings are open, F9 and Esc are theirs, so the journal never opens behind them. */
  keys = (): KeyTable => {
    if (this.settingsOpen) return {};
    return {
      F9: this.toggleJournal,
      F10: this.openSettings,
      ...(this.journalOpen ? { Escape: this.closeJournal } : {}),
    };
  };
}

export const managerScreens = new ManagerScreens();
