// Whether the shift journal is showing instead of the customer search, and the F9 key that opens and closes it.
class JournalScreen {
  open = $state(false);
  /** While the settings are open over everything, F9 and Esc belong to them: the journal must not open behind. */
  suspended = false;

  toggle = (): void => {
    this.open = !this.open;
  };

  close = (): void => {
    this.open = false;
  };

  /** F9 anywhere toggles the journal; Escape leaves it. */
  onKey = (event: KeyboardEvent): void => {
    if (this.suspended) return;
    if (event.key === 'F9') {
      event.preventDefault();
      this.toggle();
    } else if (event.key === 'Escape' && this.open) {
      this.close();
    }
  };
}

export const journalScreen = new JournalScreen();
