// What a customer holds right now: balances and coupons, fetched in parallel so the card waits for one round trip.
import type { CustomerHoldings, HistoryPage } from '../../common/contract';
import type { LoyaltyClient } from '../loyalty/client';

export async function getHoldings(client: LoyaltyClient, clientId: number): Promise<CustomerHoldings> {
  const [balances, coupons] = await Promise.all([client.getBalance(clientId), client.getCoupons(clientId)]);
  return { balances, coupons };
}

export interface HistoryPageQuery {
  clientId: number;
  from?: number;
  to?: number;
  offset: number;
  limit: number;
}

/** One page of history; one extra entry is asked for so the window knows whether a next page exists. */
export async function getHistoryPage(client: LoyaltyClient, query: HistoryPageQuery): Promise<HistoryPage> {
  const { clientId, from, to, offset, limit } = query;
  const entries = await client.getHistory(clientId, { from, to, offset, limit: limit + 1 });
  return { entries: entries.slice(0, limit), offset, hasMore: entries.length > limit };
}
