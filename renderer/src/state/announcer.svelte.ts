// What the live region says next: outcomes worth hearing (found, written off, refused) for a cashier who is not looking.

class Announcer {
  message = $state('');
  /** Bumped on every message so the same words said twice are announced twice. */
  count = $state(0);

  say(message: string): void {
    this.message = message;
    this.count += 1;
  }
}

export const announcer = new Announcer();
