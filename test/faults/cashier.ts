// A random cashier at one till: sales one after another for one customer, confirming twice, following whatever the
// screen offers, finishing without the write-off while it is in doubt; a manager resolving what needs review.
import type { WriteOffRequest } from '../../common/domain';
import type { WriteOffReport } from '../../common/contract';
import { PosFailure } from '../../common/failure';
import type { Random } from '../../electron/training/prng';
import type { Fault } from '../../electron/training/types';
import type { VirtualClock } from '../support/virtual-clock';
import { TIMEOUT_MS, type World } from './world';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;

/** Waits on the virtual clock (nothing here is ever cancelled). */
function pause(clock: VirtualClock, ms: number): Promise<void> {
  return clock.sleep(ms, new AbortController().signal);
}

/** Every way a write-off's own answer can be spoiled, in process. */
export const WRITE_OFF_FAULTS: Fault[] = [
  { kind: 'reset-before-apply' },
  { kind: 'reset-after-apply' },
  { kind: 'status', status: 500 },
  { kind: 'status', status: 503 },
  { kind: 'status', status: 422, body: { message: 'Отказ без причины' } },
  { kind: 'error-after-apply' },
  { kind: 'error-after-apply', status: 502 },
  { kind: 'hang-after-apply' },
  { kind: 'malformed', body: '{"status":' },
  { kind: 'malformed', body: '{"status":"error","message":"Не выполнено"}' },
  { kind: 'truncated' },
  { kind: 'never-ending' },
  // Longer than the deadline: the client gives up (and a server without late apply drops it).
  { kind: 'latency', ms: TIMEOUT_MS * 3 },
];

/** One send the cashier made, and what the desk answered; a busy answer to a second confirm is not one. */
export interface Attempt {
  world: World;
  sale: number;
  clientId: number;
  request: WriteOffRequest;
  startedAt: number;
  endedAt: number;
  journalId: string | null;
  /** The failure code when the desk answered with one (nothing was written off, by its word). */
  failure: string | null;
  firstState: string | null;
}

export interface CashierTally {
  attempts: Attempt[];
  /** A second confirm at the same moment that was not turned away as busy. */
  secondConfirmsThrough: number;
  doubleConfirms: number;
  /** "Write off again" pressed while the screen did not offer it, and not turned away. */
  repeatsThrough: number;
  finishedWithout: number;
  resolvedByManager: number;
  /** What each customer's cashier is doing, for the log when a run does not finish. */
  doing: Map<number, string>;
}

export function emptyCashierTally(): CashierTally {
  return {
    attempts: [],
    secondConfirmsThrough: 0,
    doubleConfirms: 0,
    repeatsThrough: 0,
    finishedWithout: 0,
    resolvedByManager: 0,
    doing: new Map(),
  };
}

let saleSerial = 0;

/** Sales for one customer, one after another, until `sales` are done; waits until the customer is free before each. */
export async function serveCustomer(
  world: World,
  clientId: number,
  sales: number,
  clock: VirtualClock,
  random: Random,
  tally: CashierTally,
): Promise<void> {
  for (let done = 0; done < sales; done++) {
    tally.doing.set(clientId, 'waiting for the customer to be free');
    await untilFree(world, clientId, clock, random, tally);
    tally.doing.set(clientId, `sale ${done + 1}`);
    await sale(world, clientId, clock, random, tally);
    await pause(clock, random.int(5 * SECOND, 3 * MINUTE));
  }
  await untilFree(world, clientId, clock, random, tally);
  tally.doing.delete(clientId);
}

/** While the customer is held by any write-off, the cashier serves someone else; one under review is resolved by the manager. */
async function untilFree(
  world: World,
  clientId: number,
  clock: VirtualClock,
  random: Random,
  tally: CashierTally,
): Promise<void> {
  for (;;) {
    const ids = tally.attempts.flatMap((attempt) =>
      attempt.world === world && attempt.clientId === clientId && attempt.journalId !== null ? [attempt.journalId] : [],
    );
    const reports = await Promise.all(ids.map((id) => world.desk.report(id)));
    const holding = reports.find((report) => report.holdsCustomer);
    if (!holding) return;
    if (holding.state !== 'needs-review') {
      await pause(clock, 30 * SECOND);
      continue;
    }
    await pause(clock, random.int(MINUTE, 20 * MINUTE));
    // Meanwhile watching may have settled it after all; the manager decides only what still needs deciding.
    if ((await world.desk.report(holding.journalId)).state !== 'needs-review') continue;
    await world.desk.resolve(holding.journalId, 'Сверено с историей на сервере лояльности');
    tally.resolvedByManager += 1;
  }
}

/** One sale: up to three sends (after "not sent" or a settled "not applied" the screen offers another). */
async function sale(
  world: World,
  clientId: number,
  clock: VirtualClock,
  random: Random,
  tally: CashierTally,
): Promise<void> {
  const saleId = (saleSerial += 1);
  const request = requestFor(world, clientId, random);
  for (let tries = 0; tries < 3; tries++) {
    if (random.chance(0.6)) {
      world.simulator.injectFault({ ...random.pick(WRITE_OFF_FAULTS), match: 'write-off' });
      world.faults += 1;
    }
    const double = random.chance(0.2);
    if (double) tally.doubleConfirms += 1;
    const startedAt = clock.now();
    const results = await Promise.allSettled(
      double ? [world.desk.send(request), world.desk.send(request)] : [world.desk.send(request)],
    );
    const endedAt = clock.now();
    world.simulator.clearFaults();
    const answers = results.filter((result) => !(result.status === 'rejected' && isBusy(result.reason)));
    if (double && answers.length > 1) tally.secondConfirmsThrough += 1;
    let report: WriteOffReport | null = null;
    for (const answer of answers) {
      const value = answer.status === 'fulfilled' ? answer.value : null;
      const failure =
        answer.status === 'rejected' ? (answer.reason instanceof PosFailure ? answer.reason.code : 'thrown') : null;
      tally.attempts.push({
        world,
        sale: saleId,
        clientId,
        request,
        startedAt,
        endedAt,
        journalId: value?.journalId ?? null,
        failure,
        firstState: value?.state ?? null,
      });
      report ??= value;
    }
    if (!report) {
      // "Not sent" offers another try; a refusal (or a clock the manager must fix) ends the sale.
      const notSent = answers.some(
        (answer) =>
          answer.status === 'rejected' && answer.reason instanceof PosFailure && answer.reason.code === 'network',
      );
      if (notSent && random.chance(0.5)) continue;
      return;
    }
    tally.doing.set(clientId, `following ${report.journalId}`);
    const settled = await followScreen(world, report, clock, random, tally);
    if (settled?.state === 'settled-not-applied' && random.chance(0.5)) continue;
    return;
  }
}

/** What the cashier does with an unknown outcome: watch the screen, finish without it, or press confirm again. */
async function followScreen(
  world: World,
  report: WriteOffReport,
  clock: VirtualClock,
  random: Random,
  tally: CashierTally,
): Promise<WriteOffReport | null> {
  if (report.state !== 'in-doubt') return report;
  const choice = random.int(0, 2);
  if (choice === 1) {
    await pause(clock, random.int(0, 30 * SECOND));
    await world.desk.finishWithout(report.journalId).catch(() => undefined);
    tally.finishedWithout += 1;
    return null;
  }
  if (choice === 2) {
    await pause(clock, random.int(SECOND, 20 * SECOND));
    // Enter again while the screen still says the outcome is unknown: it must be turned away.
    if ((await world.desk.report(report.journalId)).state === 'in-doubt') {
      const again = await world.desk
        .send({ clientId: report.clientId, balance: report.balance, coupons: report.coupons })
        .catch((error: unknown) => error);
      if (!isBusy(again)) tally.repeatsThrough += 1;
    }
  }
  for (;;) {
    const now = await world.desk.report(report.journalId);
    if (now.state !== 'in-doubt') return now;
    await pause(clock, 5 * SECOND);
  }
}

function isBusy(error: unknown): boolean {
  return error instanceof PosFailure && error.code === 'busy';
}

/** Random amounts (now and then more than the customer has, so the server refuses) and random coupons still held. */
function requestFor(world: World, clientId: number, random: Random): WriteOffRequest {
  const balance = world.simulator.balance(clientId);
  const held = world.simulator.coupons(clientId).map((coupon) => coupon.id);
  const lines = (['points', 'rubles'] as const)
    .filter(() => random.chance(0.6))
    .map((currency) => ({ currency, amount: random.chance(0.05) ? balance[currency]! + 1 : random.int(1, 50_000) }));
  const coupons = random.chance(0.4) && held.length > 0 ? [random.pick(held)] : [];
  const request = {
    clientId,
    balance:
      lines.length === 0 && coupons.length === 0 ? [{ currency: 'points', amount: random.int(1, 50_000) }] : lines,
    coupons,
  };
  const recent = world.recentAmounts.get(clientId) ?? new Set<number>();
  for (const line of request.balance) recent.add(line.amount);
  world.recentAmounts.set(clientId, recent);
  return request;
}
