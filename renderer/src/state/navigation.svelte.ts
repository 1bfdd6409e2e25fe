// Which screen the cashier is on, which customer it is about, and the state of that customer's history and write-off screens.
import type { Client } from '../../../common/domain';
import { CustomerState } from './customer.svelte';
import { HistoryState } from './history.svelte';
import { search } from './search.svelte';
import { WriteOffState } from './write-off.svelte';

export type Screen = 'search' | 'card' | 'history' | 'write-off';

class Navigation {
  screen = $state<Screen>('search');
  customer = $state<CustomerState | null>(null);
  /** Made afresh each time its screen opens, so a new visit starts on the newest page and with an empty form. */
  history = $state<HistoryState | null>(null);
  writeOff = $state<WriteOffState | null>(null);

  /** Opens a customer's card and starts reading what they hold at once. */
  openCustomer(client: Client): void {
    const customer = new CustomerState(client);
    void customer.refresh();
    this.customer = customer;
    this.screen = 'card';
  }

  showCard(): void {
    if (this.customer) this.screen = 'card';
  }

  showHistory(): void {
    if (!this.customer) return;
    const history = new HistoryState(this.customer.client.id);
    void history.load(0);
    this.history = history;
    this.screen = 'history';
  }

  showWriteOff(): void {
    if (!this.customer) return;
    this.writeOff = new WriteOffState(this.customer);
    this.screen = 'write-off';
  }

  /** Back to an empty search field. */
  nextCustomer(): void {
    search.reset();
    this.customer = null;
    this.history = null;
    this.writeOff = null;
    this.screen = 'search';
  }
}

export const navigation = new Navigation();
