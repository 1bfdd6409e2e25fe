// A desk against an unkind simulator on a virtual clock, in process: minutes of watching take no real time.
import { rm } from 'node:fs/promises';
import type { SettleTiming } from '../../../electron/checkout/settle';
import { createWriteOffDesk, type WriteOffDesk } from '../../../electron/checkout/write-off';
import { createLoyaltyClient, type LoyaltyClient } from '../../../electron/loyalty/client';
import { createSimulator, type Simulator } from '../../../electron/training/simulator';
import type { ProviderBehaviours } from '../../../electron/training/behaviours';
import { VirtualClock } from '../../support/virtual-clock';
import { START } from '../training/support';
import { SERVER, tempDir, TEST_JOURNAL_KEY } from './support';

export const MINUTE = 60_000;

export interface VirtualBench {
  clock: VirtualClock;
  simulator: Simulator;
  client: LoyaltyClient;
  desk: WriteOffDesk;
  dir: string;
  /** Moves the clock on, firing what falls due (the simulator's late write-offs, the desk's reads). */
  advance(ms: number): Promise<void>;
  close(): Promise<void>;
}

export async function virtualBench(
  behaviours: ProviderBehaviours = {},
  timing: Partial<SettleTiming> = {},
): Promise<VirtualBench> {
  const clock = new VirtualClock(START);
  const simulator = createSimulator({ scheduler: clock, behaviours, behaviourSeed: 11 });
  const client = createLoyaltyClient({
    baseUrl: 'http://sim.invalid',
    auth: { scheme: 'none' },
    timeoutMs: 8_000,
    fetch: simulator.fetch,
    timeoutSignal: clock.timeoutSignal,
    retryDelayMs: 0,
  });
  const dir = await tempDir();
  const desk = createWriteOffDesk({
    journalDir: dir,
    journalKey: TEST_JOURNAL_KEY,
    terminalId: 'till-1',
    loyaltyClient: () => client,
    server: () => SERVER,
    now: clock.now,
    timing: { sleep: clock.sleep, backgroundMs: 30 * MINUTE, ...timing },
  });
  return {
    clock,
    simulator,
    client,
    desk,
    dir,
    advance: (ms) => clock.advance(ms),
    async close() {
      await desk.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
