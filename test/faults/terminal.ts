// One terminal of the fault run: its own simulator on loopback, its own journal, a desk, and the truth measured per write-off.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { WriteOffRequest } from '../../common/domain';
import { createWriteOffDesk } from '../../electron/checkout/write-off';
import { PosFailure } from '../../electron/ipc/failure';
import { createLoyaltyClient } from '../../electron/loyalty/client';
import { createSimulator } from '../../electron/training/simulator';
import type { SimClient } from '../../electron/training/types';
import { FAULTS, TIMEOUT_MS, type Operation } from './scenario';

export interface Tally {
  writeOffs: number;
  faults: number;
  doubleSubmits: number;
  doubleCharges: number;
  wrongOutcomes: number;
  unsettled: number;
  /** How the desk ended each write-off, by outcome. */
  outcomes: Record<string, number>;
  /** What went wrong, for the log: one line per problem. */
  problems: string[];
}

export function emptyTally(): Tally {
  return { writeOffs: 0, faults: 0, doubleSubmits: 0, doubleCharges: 0, wrongOutcomes: 0, unsettled: 0, outcomes: {}, problems: [] };
}

const CLIENTS_PER_TERMINAL = 4;
const SETTLE_LIMIT_MS = 15_000;
const FAR_FUTURE = Date.now() + 365 * 86_400_000;

/** Clients with room for thousands of write-offs and hundreds of coupons each, and no history yet. */
function accounts(terminal: number): SimClient[] {
  return Array.from({ length: CLIENTS_PER_TERMINAL }, (_, index) => {
    const id = 100_000 + terminal * 100 + index;
    return {
      id,
      email: null,
      phone: null,
      name: `Клиент ${id}`,
      balance: { points: 1_000_000_000, rubles: 1_000_000_000 },
      coupons: Array.from({ length: 400 }, (_, n) => ({ id: id * 1_000 + n, title: 'Купон', expireDate: FAR_FUTURE })),
      history: [],
    };
  });
}

/** Runs the operations one after another on a fresh terminal, adding what it measured to `tally`. */
export async function runTerminal(terminal: number, operations: Operation[], tally: Tally): Promise<void> {
  const clients = accounts(terminal);
  const simulator = createSimulator({ data: { clients } });
  const server = await simulator.listen();
  const journalDir = await mkdtemp(path.join(os.tmpdir(), 'loyalty-desk-faults-'));
  const client = createLoyaltyClient({ baseUrl: server.url, auth: { scheme: 'none' }, timeoutMs: TIMEOUT_MS });
  const desk = createWriteOffDesk({
    journalDir,
    terminalId: `terminal-${terminal}`,
    loyaltyClient: () => client,
    server: () => server.url,
    timing: { watchMs: 200, readDelayMs: () => 20, backgroundMs: 0 },
    logError: (message, error) => tally.problems.push(`${message}: ${String(error)}`),
  });
  try {
    for (const operation of operations) {
      const account = clients[operation.client]!;
      await runOperation(operation, account.id);
    }
  } finally {
    await desk.close();
    await server.close();
    await rm(journalDir, { recursive: true, force: true });
  }

  async function runOperation(operation: Operation, clientId: number): Promise<void> {
    const request = requestFor(operation, clientId);
    const before = { posts: simulator.writeOffPosts, history: simulator.history(clientId).length, coupons: couponIds(clientId) };
    const fault = operation.fault === null ? null : FAULTS[operation.fault]!;
    if (fault) simulator.injectFault({ ...fault, match: 'write-off' });
    const attempts = operation.double ? [desk.send(request), desk.send(request)] : [desk.send(request)];
    const results = await Promise.allSettled(attempts);

    const reports = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const failures = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
    const settled = await Promise.race([desk.settled().then(() => true), new Promise<false>((resolve) => setTimeout(resolve, SETTLE_LIMIT_MS, false))]);
    const finals = await Promise.all(reports.map((report) => desk.report(report.journalId).catch((error: unknown) => error)));

    // The truth, from the simulator's own state.
    const posts = simulator.writeOffPosts - before.posts;
    const entries = simulator.history(clientId).length - before.history;
    const couponsGone = before.coupons.filter((id) => !couponIds(clientId).includes(id)).length;
    const timesApplied = request.balance.length > 0 ? entries / request.balance.length : couponsGone / request.coupons.length;

    tally.writeOffs += 1;
    if (operation.double) tally.doubleSubmits += 1;
    if (fault && posts > 0) tally.faults += 1;
    simulator.clearFaults();
    const label = `${fault?.kind ?? 'clean'} ${JSON.stringify(request)}`;
    if (posts > 1 || timesApplied > 1) {
      tally.doubleCharges += 1;
      tally.problems.push(`double charge: ${posts} POSTs, applied ${timesApplied} times: ${label}`);
    }
    if (!settled) {
      tally.unsettled += 1;
      tally.problems.push(`unsettled after ${SETTLE_LIMIT_MS} ms: ${label}`);
      return;
    }
    // One confirm is answered; a second one at the same moment must be turned away as busy.
    const busy = failures.filter((error) => error instanceof PosFailure && error.code === 'busy');
    const answers = [...finals, ...failures.filter((error) => !busy.includes(error))];
    const told = answers.length === 1 ? toldCashier(answers[0]) : { detail: `${answers.length} answers`, claim: 'unclear' };
    tally.outcomes[told.detail] = (tally.outcomes[told.detail] ?? 0) + 1;
    const right = (told.claim === 'applied' && timesApplied === 1) || (told.claim === 'not applied' && timesApplied === 0);
    if (!right || busy.length !== attempts.length - 1) {
      tally.wrongOutcomes += 1;
      tally.problems.push(`wrong outcome: desk said ${told.detail}, applied ${timesApplied} times, ${busy.length} busy: ${label}`);
    }
  }

  function couponIds(clientId: number): number[] {
    return simulator.coupons(clientId).map((coupon) => coupon.id);
  }

  function requestFor(operation: Operation, clientId: number): WriteOffRequest {
    const balance = simulator.balance(clientId);
    const held = couponIds(clientId);
    const lines = (['points', 'rubles'] as const)
      .filter((currency) => operation[currency] > 0)
      .map((currency) => ({ currency, amount: operation.overdraw ? balance[currency]! + operation[currency] : operation[currency] }));
    const coupons = [...new Set(operation.coupons.map((index) => held[index % held.length]!))];
    // Never empty (the desk would refuse it before anything happens, which tests nothing here).
    return { clientId, balance: lines.length === 0 && coupons.length === 0 ? [{ currency: 'points', amount: 1 }] : lines, coupons };
  }
}

/**
 * What the desk told the cashier, and which truth that claims. Nothing else touches these accounts, so "needs review"
 * could only mean the read-back failed to see what happened: it counts as a wrong outcome here.
 */
function toldCashier(answer: unknown): { detail: string; claim: 'applied' | 'not applied' | 'unclear' } {
  if (answer instanceof PosFailure) return { detail: answer.code, claim: ['rejected', 'network'].includes(answer.code) ? 'not applied' : 'unclear' };
  const state = (answer as { state?: string }).state ?? `unknown ${String(answer)}`;
  if (state === 'applied' || state === 'settled-applied') return { detail: state, claim: 'applied' };
  return { detail: state, claim: state === 'settled-not-applied' ? 'not applied' : 'unclear' };
}
