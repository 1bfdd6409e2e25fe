// The providers the fault run writes off against: every habit of the simulator alone, and random combinations of them.
import type { ProviderBehaviours } from '../../electron/training/behaviours';
import type { Random } from '../../electron/training/prng';

const MINUTE = 60_000;

/** Each named habit as the simulator takes it; "other activity" is the run's own (accruals and other tills at any moment). */
export const BEHAVIOURS: Record<string, ProviderBehaviours> = {
  'late apply': { lateApply: { minMs: 1_000, maxMs: MINUTE } },
  'late apply behind a 504': { lateApply: { minMs: 5_000, maxMs: MINUTE }, gatewayTimeoutMs: 4_000 },
  'history lag': { historyLag: { minMs: 1_000, maxMs: 2 * MINUTE } },
  'recorded split': { recordShapes: ['as-sent', 'split'] },
  'recorded netted': { recordShapes: ['as-sent', 'netted'] },
  'recorded rounded': { recordShapes: ['as-sent', 'rounded'] },
  'capped pages, oldest first': { pageCap: 3, oldestFirst: true },
  'float noise': { amountNoise: 'float' },
  'third decimal': { amountNoise: 'third-decimal' },
  '200 saying failed': { failedBodyChance: 0.3 },
  'coupons taken, amounts refused': { couponsTakenBalanceRefusedChance: 0.3 },
  'coupons expiring': { dropExpiredCoupons: true },
  'server clock 2 min off': { clockOffsetMs: -2 * MINUTE },
  'server clock 7 min off': { clockOffsetMs: 7 * MINUTE },
  'other activity': {},
};

export type BehaviourName = keyof typeof BEHAVIOURS;

/** Every habit alone once, then random sets of two to four (amount noise is one kind at a time). */
export function providerPlans(random: Random, count: number): BehaviourName[][] {
  const names = Object.keys(BEHAVIOURS);
  const plans: BehaviourName[][] = names.map((name) => [name]);
  while (plans.length < count) {
    const size = random.int(2, 4);
    const chosen = new Set<BehaviourName>();
    while (chosen.size < size) chosen.add(random.pick(names));
    if (chosen.has('float noise') && chosen.has('third decimal')) chosen.delete('float noise');
    if (chosen.has('server clock 2 min off') && chosen.has('server clock 7 min off'))
      chosen.delete('server clock 7 min off');
    plans.push([...chosen]);
  }
  return plans;
}

export function behavioursOf(plan: BehaviourName[]): ProviderBehaviours {
  return Object.assign({}, ...plan.map((name) => BEHAVIOURS[name]));
}
