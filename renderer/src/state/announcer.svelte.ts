// What the live region says next: outcomes worth hearing (found, written off, refused) for a cashier who is not looking.
import { untrack } from 'svelte';

class Announcer {
  message = $state('');
  /** Bumped on every message so the same words said twice are announced twice. */
  count = $state(0);

  say(message: string): void {
    this.message = message;
    // Screens call this from their effects: reading the count there would make each effect depend on what it writes and
    // run again, a thousand times, until Svelte gives up with effect_update_depth_exceeded.
    this.count = untrack(() => this.count) + 1;
  }

  /** Forgets the last message, e.g. a customer's name when the till goes back to an empty search by itself. */
  clear(): void {
    this.message = '';
  }
}

export const announcer = new Announcer();
