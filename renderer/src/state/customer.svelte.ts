// The customer on screen: who they are, and what they hold (balances, coupons) as last read from the server.
import type { Client } from '../../../common/domain';
import type { PosError } from '../../../common/result';
import type { CustomerHoldings } from '../../../common/contract';
import { latestOnly } from '../lib/latest';
import { pos } from '../lib/pos';
import type { Available } from '../lib/write-off-plan';

export class CustomerState {
  readonly client: Client;
  holdings = $state<CustomerHoldings | null>(null);
  /** When the holdings were read: coupon statuses are judged against this moment. */
  readAt = $state(0);
  loading = $state(false);
  error = $state<PosError | null>(null);
  /**
   * What the card shows of the balances: `current` as last read, `updating` while a read is on its way (they may be about
   * to change), `outdated` when the last read failed. A write-off starts only from current balances.
   */
  balancesState = $derived<'current' | 'updating' | 'outdated'>(
    this.loading ? 'updating' : this.error || !this.holdings ? 'outdated' : 'current',
  );

  /** What a write-off may take; a currency the customer does not hold counts as nothing. */
  available = $derived.by((): Available => {
    const balances = this.holdings?.balances ?? [];
    const amountOf = (currency: string) => balances.find((balance) => balance.currency === currency)?.amount ?? 0;
    return { points: amountOf('points'), rubles: amountOf('rubles') };
  });

  #requests = latestOnly();

  constructor(client: Client) {
    this.client = client;
  }

  /** The first read of a customer a search just found: the main side may be reading this card already, and it is joined. */
  readFound(): Promise<boolean> {
    return this.#read(true);
  }

  /** Reads balances and coupons again; what is shown stays until the new answer arrives, and a failure keeps it too. */
  refresh(): Promise<boolean> {
    return this.#read(false);
  }

  async #read(justFound: boolean): Promise<boolean> {
    const ticket = this.#requests.begin();
    this.loading = true;
    const result = await pos.getCustomer({ clientId: this.client.id, justFound });
    if (!this.#requests.isLatest(ticket)) return false;
    this.loading = false;
    if (!result.ok) {
      this.error = result.error;
      return false;
    }
    this.holdings = result.value;
    this.readAt = Date.now();
    this.error = null;
    return true;
  }
}
