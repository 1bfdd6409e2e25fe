// Which screen the cashier is on, which customer it is about, and the state of that customer's history and write-off screens.
import type { Client } from '../../../common/domain';
import { CustomerState } from './customer.svelte';
import { HistoryState } from './history.svelte';
import { isFresh } from '../lib/prefetch';
import { search } from './search.svelte';
import { WriteOffState } from './write-off.svelte';

export type Screen = 'search' | 'card' | 'history' | 'write-off';

class Navigation {
  screen = $state<Screen>('search');
  customer = $state<CustomerState | null>(null);
  /** Made afresh each time its screen opens, so a new visit starts on the newest page and with an empty form. */
  history = $state<HistoryState | null>(null);
  writeOff = $state<WriteOffState | null>(null);
  /** The last write-off confirmed for this customer, which the card shows with what became of it until the next customer. */
  lastWriteOff = $state<WriteOffState | null>(null);

  constructor() {
    search.onlyOne = (client) => this.prefetch(client);
  }

  /** The card of the one customer type-ahead found, being read before Enter asks for it. */
  #prefetched: { customer: CustomerState; askedAt: number } | null = null;

  /** Type-ahead found exactly this customer: start reading their card now, so Enter shows it without waiting. */
  prefetch(client: Client): void {
    const ahead = this.#prefetched;
    if (ahead && ahead.customer.client.id === client.id && isFresh(ahead.askedAt)) return;
    const customer = new CustomerState(client);
    void customer.readFound();
    this.#prefetched = { customer, askedAt: Date.now() };
  }

  /** Opens a customer's card: the one read ahead when it is a few seconds old at most, otherwise read now. */
  openCustomer(client: Client): void {
    const ahead = this.#prefetched;
    this.#prefetched = null;
    let customer: CustomerState;
    if (ahead && ahead.customer.client.id === client.id && isFresh(ahead.askedAt)) {
      customer = ahead.customer;
    } else {
      customer = new CustomerState(client);
      void customer.readFound();
    }
    this.customer = customer;
    this.screen = 'card';
  }

  /** Back to the card; after a write-off was sent its balances are read again first (the card says so meanwhile). */
  showCard(): void {
    if (!this.customer) return;
    if (this.screen === 'write-off' && this.writeOff?.sent) {
      this.lastWriteOff = this.writeOff;
      void this.customer.refresh();
    }
    this.screen = 'card';
  }

  showHistory(): void {
    if (!this.customer) return;
    const history = new HistoryState(this.customer.client.id);
    void history.load(0);
    this.history = history;
    this.screen = 'history';
  }

  /**
   * Only from balances read and current: never from ones being read again or left over from a failed read. The
   * write-off screen then reads them once more for itself, so it never works from a card read (or prefetched) earlier.
   */
  showWriteOff(): void {
    if (!this.customer || this.customer.balancesState !== 'current') return;
    void this.customer.refresh();
    this.writeOff = new WriteOffState(this.customer);
    this.screen = 'write-off';
  }

  /** Back to an empty search field. */
  nextCustomer(): void {
    search.reset();
    this.customer = null;
    this.history = null;
    this.writeOff = null;
    this.lastWriteOff = null;
    this.#prefetched = null;
    this.screen = 'search';
  }

  /** A write-off is on its way or its outcome is still being checked: the till must not forget the customer now. */
  get writeOffUnderWay(): boolean {
    const underWay = (writeOff: WriteOffState | null) =>
      writeOff?.phase === 'sending' ||
      (writeOff?.outcome?.kind === 'report' && writeOff.outcome.report.state === 'in-doubt');
    return underWay(this.writeOff) || underWay(this.lastWriteOff);
  }

  /** A digit typed away from the search field starts the next customer's search with it. */
  searchFrom(typed: string): void {
    this.nextCustomer();
    search.startWith(typed);
  }
}

export const navigation = new Navigation();
