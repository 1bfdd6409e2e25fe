// Who the customers this terminal looked up lately are, as the loyalty API itself named them: the write-off journal
// records a customer's name and the phone's last four digits from here, never from what the window says.
import type { Client } from '../../common/domain';
import type { JournalCustomer } from '../../common/journal';
import { phoneDigits } from '../../common/phone';
import { MAX_LISTED_MATCHES } from '../../common/contract';
import type { LoyaltyClient } from '../loyalty/client';

/** A shift's worth of look-ups; the oldest is forgotten first, so memory stays bounded whatever is searched. */
const REMEMBERED = 500;
/** Longer names are cut: a journal line is no place for a server's essay. */
const MAX_NAME = 200;

export interface RecentClients {
  /** The customer as last found by a search; null when this run has not found them. */
  describe(clientId: number): JournalCustomer | null;
}

/**
 * Wraps the client provider so every search the main side makes remembers the matches a cashier could pick from (the
 * ones listed), keeping only the name and the phone's last four digits: the full phone is never kept.
 */
export function rememberSearches(provider: () => LoyaltyClient): {
  loyaltyClient: () => LoyaltyClient;
  recent: RecentClients;
} {
  const known = new Map<number, JournalCustomer>();
  const remember = (client: Client) => {
    const digits = phoneDigits(client.phone ?? '');
    known.delete(client.id);
    known.set(client.id, {
      name: client.name?.trim().slice(0, MAX_NAME) || null,
      phoneLast4: digits.length >= 4 ? digits.slice(-4) : null,
    });
    if (known.size > REMEMBERED) known.delete(known.keys().next().value!);
  };
  // One wrapper per client, so a caller that compares clients (a settings change makes a new one) still can.
  const wrapped = new WeakMap<LoyaltyClient, LoyaltyClient>();
  const wrap = (client: LoyaltyClient): LoyaltyClient => ({
    ...client,
    async searchClients(query, signal) {
      const matches = await client.searchClients(query, signal);
      matches.slice(0, MAX_LISTED_MATCHES).forEach(remember);
      return matches;
    },
  });
  return {
    loyaltyClient: () => {
      const client = provider();
      let remembering = wrapped.get(client);
      if (!remembering) wrapped.set(client, (remembering = wrap(client)));
      return remembering;
    },
    // A copy each time: two journal entries sharing one object would read as a cycle to the IPC boundary's redaction.
    recent: {
      describe(clientId) {
        const found = known.get(clientId);
        return found ? { ...found } : null;
      },
    },
  };
}
