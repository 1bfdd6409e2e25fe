// The loyalty API simulator the tests drive: in-process or on a loopback socket, with faults, behaviours and the truth of
// every account. Training mode in the app uses only its in-process half (training-mode.ts), so no socket code ships.

import type { Coupon, HistoryEntry } from '../../common/domain';
import { checkBehaviours, type ProviderBehaviours } from './behaviours';
import { checkDelay } from './faults';
import { listenOnLoopback, type Listening } from './http-server';
import { createInProcessFetch } from './in-process-fetch';
import { createSimContext, type SimulatorOptions } from './sim-context';
import type { ClientRecord } from './store';
import type { WriteOffFate } from './sim-context';
import type { Fault, RouteName } from './types';

export interface Simulator {
  /** Fetch-style handler used in training mode in-process (no port opened). Signature compatible with global fetch. */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** Listens on 127.0.0.1 on a random free port (real sockets, so socket faults are real). */
  listen(): Promise<Listening>;
  /** Write-off POSTs received, counted on arrival, whatever then became of them. */
  readonly writeOffPosts: number;
  /** Requests received so far per endpoint, counted on arrival; a copy. */
  requests(): Record<RouteName, number>;
  /** Delay before every request is handled, on top of any latency fault. */
  setLatency(ms: number): void;
  /** Queues a fault for the next matching request(s). */
  injectFault(fault: Fault): void;
  clearFaults(): void;
  /** Current balance in minor units by currency. These three throw for an unknown client. */
  balance(clientId: number): Record<string, number>;
  coupons(clientId: number): Coupon[];
  /** All history, newest first, amounts in minor units (lagging entries included: this is the truth, not the API). */
  history(clientId: number): HistoryEntry[];
  /** Switches habits on or off while it runs (training demonstrations, tests). */
  setBehaviours(behaviours: ProviderBehaviours): void;
  /** What truly became of every write-off POST that could be read, in arrival order. */
  fates(): readonly WriteOffFate[];
  /** An accrual (a purchase elsewhere, a bonus) on the client's account, now. */
  accrue(clientId: number, currency: string, amount: number): void;
  /** Another till or the web cabinet writes off from the client's account, now (nothing if the balance is short). */
  writeOffElsewhere(clientId: number, currency: string, amount: number): boolean;
}

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const context = createSimContext(options);
  /** An entry made outside any request, shown as late as the behaviours say. */
  const recordNow = (client: ClientRecord, currency: string, amount: number) => {
    const now = context.serverNow();
    const lag = context.behaviours.historyLag;
    context.store.record(client, currency, amount, now, now + (lag ? context.random.int(lag.minMs, lag.maxMs) : 0));
  };
  const clientOf = (id: number): ClientRecord => {
    const client = context.store.client(id);
    if (!client) throw new RangeError(`the simulator has no client ${id}`);
    return client;
  };
  return {
    fetch: createInProcessFetch(context),
    listen: () => listenOnLoopback(context),
    get writeOffPosts() {
      return context.writeOffPosts;
    },
    requests: () => ({ ...context.requests }),
    setLatency(ms) {
      checkDelay(ms);
      context.latencyMs = ms;
    },
    injectFault: (fault) => context.faults.add(fault),
    clearFaults: () => context.faults.clear(),
    balance: (id) => Object.fromEntries(clientOf(id).balance),
    coupons: (id) => clientOf(id).coupons.map((coupon) => ({ ...coupon })),
    history: (id) => clientOf(id).history.page({}),
    setBehaviours(next) {
      checkBehaviours(next);
      context.behaviours = next;
    },
    fates: () => context.fates.map((fate) => ({ ...fate })),
    accrue: (id, currency, amount) => recordNow(clientOf(id), currency, amount),
    writeOffElsewhere(id, currency, amount) {
      const client = clientOf(id);
      if ((client.balance.get(currency) ?? 0) < amount) return false;
      recordNow(client, currency, -amount);
      return true;
    },
  };
}
