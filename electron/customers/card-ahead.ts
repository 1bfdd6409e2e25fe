// The card of the one customer a search found, read by the main side as the search answers, so the window's request for
// that card joins the read already on its way instead of asking the server a second time.
import type { ClientMatches, CustomerHoldings } from '../../common/contract';
import type { LoyaltyClient } from '../loyalty/client';
import { getHoldings } from './holdings';

/**
 * A read started longer ago than this is not joined but made again. The window asks for the card within milliseconds of
 * the search's answer (or when the cashier opens it from the list), so a few seconds only ever turns away a read the
 * cashier left behind; the window then keeps what it got for a few seconds at most (renderer/src/lib/prefetch.ts).
 */
export const CARD_AHEAD_FRESH_MS = 3_000;

export interface CardAhead {
  /** Runs a search; if it is still the newest when it answers and found exactly one customer, their card is read at once. */
  search(client: LoyaltyClient, run: () => Promise<ClientMatches>): Promise<ClientMatches>;
  /**
   * The card of a customer a search just found: the read started for them when it is fresh and from the same connection,
   * otherwise a new one. Taken once: whatever asks next reads anew.
   */
  foundCard(client: LoyaltyClient, clientId: number): Promise<CustomerHoldings>;
}

interface Read {
  client: LoyaltyClient;
  clientId: number;
  startedAt: number;
  holdings: Promise<CustomerHoldings>;
}

export function createCardAhead(now: () => number = Date.now): CardAhead {
  /** One customer at most: the one the newest search found. */
  let ahead: Read | null = null;
  let searches = 0;

  function start(client: LoyaltyClient, clientId: number): Read {
    const read: Read = { client, clientId, startedAt: now(), holdings: getHoldings(client, clientId) };
    // Nobody may ever ask for it. A failed read is let go, so a card asked for after the failure is read afresh.
    read.holdings.catch(() => {
      if (ahead === read) ahead = null;
    });
    return read;
  }

  return {
    async search(client, run) {
      const mine = ++searches;
      // A newer search: what an older one found is no longer the customer the cashier is looking for.
      ahead = null;
      const matches = await run();
      const [only] = matches.clients;
      if (mine === searches && matches.total === 1 && only) ahead = start(client, only.id);
      return matches;
    },
    foundCard(client, clientId) {
      const read = ahead;
      ahead = null;
      const joinable =
        read && read.client === client && read.clientId === clientId && now() - read.startedAt <= CARD_AHEAD_FRESH_MS;
      return joinable ? read.holdings : getHoldings(client, clientId);
    },
  };
}
