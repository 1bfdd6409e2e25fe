// The simulator's in-memory state: clients, their balances, coupons and history, and how entries change them.

import type { Coupon } from '../../common/domain';
import { HistoryLog } from './history-log';
import { likeMatcher } from './like';
import type { SimData } from './types';

export interface ClientRecord {
  readonly id: number;
  readonly email: string | null;
  readonly phone: string | null;
  readonly name: string | null;
  /** Minor units per currency, in the order the API answers them. */
  readonly balance: Map<string, number>;
  coupons: Coupon[];
  readonly history: HistoryLog;
  /** When each lagging entry shows up in the history (server clock); entries not listed show at once. */
  readonly visibleAt: Map<string, number>;
}

export class SimStore {
  readonly #clients = new Map<number, ClientRecord>();
  #lastTransactionId: bigint;

  /** Copies `data`, so one fixture set can seed many simulators. */
  constructor(data: SimData) {
    let lastId = 0n;
    for (const client of data.clients) {
      if (this.#clients.has(client.id)) throw new RangeError(`duplicate client id ${client.id}`);
      this.#clients.set(client.id, {
        id: client.id,
        email: client.email,
        phone: client.phone,
        name: client.name,
        balance: new Map(Object.entries(client.balance)),
        coupons: client.coupons.map((coupon) => ({ ...coupon })),
        history: new HistoryLog(client.history.map((entry) => ({ ...entry }))),
        visibleAt: new Map(),
      });
      for (const entry of client.history) {
        if (/^\d+$/.test(entry.transactionId) && BigInt(entry.transactionId) > lastId)
          lastId = BigInt(entry.transactionId);
      }
    }
    // New ids continue after the largest numeric one, so they never repeat a fixture's id.
    this.#lastTransactionId = lastId;
  }

  client(id: number): ClientRecord | undefined {
    return this.#clients.get(id);
  }

  /** Clients whose phone and email match the given patterns (an absent pattern matches everyone). */
  search(phone: string | undefined, email: string | undefined): ClientRecord[] {
    const phoneMatches = phone === undefined ? () => true : likeMatcher(phone, { ignoreCase: false });
    // E-mail addresses are compared case-insensitively, as mail systems treat them.
    const emailMatches = email === undefined ? () => true : likeMatcher(email, { ignoreCase: true });
    return [...this.#clients.values()].filter((client) => phoneMatches(client.phone) && emailMatches(client.email));
  }

  /**
   * Moves a balance by `amount` (signed minor units: a write-off is negative) and records it as one history entry, dated
   * `now` and shown in the history from `visibleFrom` on (a lagging server).
   */
  record(client: ClientRecord, currency: string, amount: number, now: number, visibleFrom = now): string {
    client.balance.set(currency, (client.balance.get(currency) ?? 0) + amount);
    this.#lastTransactionId += 1n;
    const transactionId = String(this.#lastTransactionId);
    client.history.add({ amount, currency, transactionDate: now, transactionId });
    if (visibleFrom > now) client.visibleAt.set(transactionId, visibleFrom);
    return transactionId;
  }

  /** Takes coupons off the client's list. */
  redeem(client: ClientRecord, coupons: readonly number[]): void {
    const redeemed = new Set(coupons);
    client.coupons = client.coupons.filter((coupon) => !redeemed.has(coupon.id));
  }
}
