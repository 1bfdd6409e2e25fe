// One terminal of the fault run: its own unkind simulator and journal, a desk, and the other tills touching its customers.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createWriteOffDesk, type WriteOffDesk } from '../../electron/checkout/write-off';
import { createLoyaltyClient } from '../../electron/loyalty/client';
import { createSimulator, type Simulator } from '../../electron/training/simulator';
import type { SimClient } from '../../electron/training/types';
import type { Random } from '../../electron/training/prng';
import type { RouteName } from '../../electron/training/types';
import { TEST_JOURNAL_KEY } from '../support/journal-key';
import type { VirtualClock } from '../support/virtual-clock';
import { behavioursOf, type BehaviourName } from './behaviours';

const MINUTE = 60_000;
export const CLIENTS_PER_WORLD = 6;
/** Journals in memory where the system has a RAM disk: the run checks the logic, and each fsync on a real disk costs ~10 ms. */
const JOURNAL_ROOT = process.env.FAULT_JOURNAL_ROOT ?? (existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir());
/** The POST's deadline, as a terminal's settings have it. */
export const TIMEOUT_MS = 8_000;

export interface World {
  name: string;
  plan: BehaviourName[];
  simulator: Simulator;
  desk: WriteOffDesk;
  dir: string;
  clients: number[];
  /** Amounts written off recently per client: other tills never use them, as an identical write-off elsewhere is indistinguishable. */
  recentAmounts: Map<number, Set<number>>;
  faults: number;
  /** What the desk logged: nothing is expected here. */
  errors: string[];
  close(): Promise<void>;
}

/** Customers with room for thousands of write-offs and hundreds of coupons, some expiring within hours. */
function customers(world: number, start: number, random: Random): SimClient[] {
  return Array.from({ length: CLIENTS_PER_WORLD }, (_, index) => {
    const id = 100_000 + world * 100 + index;
    return {
      id,
      email: null,
      phone: null,
      name: `Клиент ${id}`,
      balance: { points: 1_000_000_000, rubles: 1_000_000_000 },
      coupons: Array.from({ length: 60 }, (_, n) => ({
        id: id * 1_000 + n,
        title: 'Купон',
        expireDate: start + (random.chance(0.3) ? random.int(MINUTE, 6 * 60 * MINUTE) : 365 * 24 * 60 * MINUTE),
      })),
      history: [],
    };
  });
}

export async function createWorld(
  index: number,
  plan: BehaviourName[],
  clock: VirtualClock,
  random: Random,
): Promise<World> {
  const errors: string[] = [];
  const data = { clients: customers(index, clock.now(), random) };
  const simulator = createSimulator({
    scheduler: clock,
    data,
    behaviours: behavioursOf(plan),
    behaviourSeed: random.int(1, 1e9),
  });
  const dir = await mkdtemp(path.join(JOURNAL_ROOT, 'loyalty-desk-faults-'));
  const client = createLoyaltyClient({
    baseUrl: 'http://faults.invalid',
    auth: { scheme: 'none' },
    timeoutMs: TIMEOUT_MS,
    fetch: simulator.fetch,
    timeoutSignal: clock.timeoutSignal,
    retryDelayMs: 0,
  });
  const desk = createWriteOffDesk({
    journalKey: TEST_JOURNAL_KEY,
    journalDir: dir,
    terminalId: `till-${index}`,
    loyaltyClient: () => client,
    server: () => 'faults',
    now: clock.now,
    // The watch period and its pace as shipped; the background is cut to half an hour (late landings here come within a minute).
    timing: { sleep: clock.sleep, backgroundMs: 30 * MINUTE, backgroundDelayMs: 10 * MINUTE },
    logError: (message, error) => errors.push(`${message}: ${String(error)}`),
  });
  return {
    name: plan.join(' + '),
    plan,
    simulator,
    desk,
    dir,
    clients: data.clients.map((customer) => customer.id),
    recentAmounts: new Map(),
    faults: 0,
    errors,
    async close() {
      await desk.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const READS: RouteName[] = ['balance', 'history', 'coupons'];

/**
 * What happens around the cashier until `running()` is false: reads failing now and then, and (when the plan says so)
 * accruals and other tills' write-offs on the same customers at any moment.
 */
export async function disturb(
  world: World,
  clock: VirtualClock,
  random: Random,
  running: () => boolean,
): Promise<void> {
  const others = world.plan.includes('other activity');
  while (running()) {
    await clock.sleep(random.int(5_000, others ? 60_000 : 5 * MINUTE), new AbortController().signal);
    if (random.chance(0.2)) {
      const scope = { match: random.pick(READS), times: random.int(1, 4) };
      world.simulator.injectFault(
        random.chance(0.5) ? { kind: 'status', status: 503, ...scope } : { kind: 'reset-before-apply', ...scope },
      );
      world.faults += 1;
    }
    if (!others) continue;
    const clientId = random.pick(world.clients);
    let amount = random.int(1, 50_000);
    while (world.recentAmounts.get(clientId)?.has(amount)) amount += 1;
    const currency = random.pick(['points', 'rubles']);
    if (random.chance(0.5)) world.simulator.accrue(clientId, currency, amount);
    else world.simulator.writeOffElsewhere(clientId, currency, amount);
  }
}
