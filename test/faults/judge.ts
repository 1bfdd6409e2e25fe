// The truth against what the desk said: every attempt's journal states beside what the simulator really did with its POST.
import type { JournalRecord } from '../../electron/checkout/journal-records';
import type { WriteOffFate } from '../../electron/training/sim-context';
import type { Attempt } from './cashier';

export interface Verdicts {
  writeOffs: number;
  doubleCharges: number;
  wrongOutcomes: number;
  unsettled: number;
  lateLandings: number;
  lateFlagged: number;
  outcomes: Record<string, number>;
  problems: string[];
}

export function emptyVerdicts(): Verdicts {
  return {
    writeOffs: 0,
    doubleCharges: 0,
    wrongOutcomes: 0,
    unsettled: 0,
    lateLandings: 0,
    lateFlagged: 0,
    outcomes: {},
    problems: [],
  };
}

const SAID_APPLIED = new Set(['applied', 'settled-applied']);
const SAID_NOT_APPLIED = new Set(['refused', 'not-sent', 'settled-not-applied']);
const UNSETTLED = new Set(['sent', 'in-doubt']);

/**
 * Judges one terminal's attempts. A write-off's POST is the fate that arrived for its customer while it was being sent
 * (one customer's sends never overlap). Wrong: the desk ever said "written off" when it was not, or "nothing written off"
 * (refused, not sent, not applied) when it was or a coupon was taken. Double charge: one sale applied more than once.
 * Late landing: applied although the POST's own answer did not say so; flagged when the journal marks it.
 */
export function judgeWorld(
  attempts: Attempt[],
  fates: readonly WriteOffFate[],
  records: JournalRecord[],
  into: Verdicts,
): void {
  const states = new Map<string, { states: string[]; lateLanding: boolean }>();
  for (const record of records) {
    if (record.type !== 'state') continue;
    const story = states.get(record.id) ?? { states: [], lateLanding: false };
    story.states.push(record.state);
    story.lateLanding = record.lateLanding === true;
    states.set(record.id, story);
  }
  const appliedPerSale = new Map<number, number>();
  for (const attempt of attempts) {
    into.writeOffs += 1;
    const label = `${attempt.world.name} ${JSON.stringify(attempt.request)}`;
    const posts = fates.filter(
      (fate) =>
        fate.clientId === attempt.clientId && fate.arrivedAt >= attempt.startedAt && fate.arrivedAt <= attempt.endedAt,
    );
    const applied = posts.some((fate) => fate.appliedAt !== null);
    const couponsTaken = posts.some((fate) => fate.couponsTakenOnRefusal.length > 0);
    appliedPerSale.set(
      attempt.sale,
      (appliedPerSale.get(attempt.sale) ?? 0) + posts.filter((fate) => fate.appliedAt !== null).length,
    );
    const story = attempt.journalId === null ? null : states.get(attempt.journalId);
    const said = story?.states ?? [
      attempt.failure === 'network'
        ? 'not-sent'
        : attempt.failure === 'rejected'
          ? 'refused'
          : `failed: ${attempt.failure}`,
    ];
    const final = said[said.length - 1]!;
    into.outcomes[final] = (into.outcomes[final] ?? 0) + 1;
    if (UNSETTLED.has(final)) {
      into.unsettled += 1;
      into.problems.push(`unsettled (${said.join(' → ')}): ${label}`);
    }
    const wrong =
      (said.some((state) => SAID_APPLIED.has(state)) && !applied) ||
      (said.some((state) => SAID_NOT_APPLIED.has(state)) && (applied || couponsTaken));
    if (wrong) {
      into.wrongOutcomes += 1;
      into.problems.push(
        `wrong outcome: said ${said.join(' → ')}, applied ${applied}, coupons taken ${couponsTaken}: ${label}`,
      );
    }
    if (applied && attempt.firstState !== 'applied') {
      into.lateLandings += 1;
      if (story?.lateLanding) into.lateFlagged += 1;
      else into.problems.push(`late landing not flagged (${said.join(' → ')}): ${label}`);
    }
  }
  for (const [sale, times] of appliedPerSale) {
    if (times > 1) {
      into.doubleCharges += 1;
      into.problems.push(`double charge: sale ${sale} applied ${times} times`);
    }
  }
}
