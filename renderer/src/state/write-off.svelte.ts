// One write-off at checkout, from the form through the confirmation to its outcome; sent once, never again by itself.
import type { Coupon } from '../../../common/domain';
import { minorToInputText, type WritableCurrency } from '../../../common/money';
import type { PosError } from '../../../common/result';
import type { WriteOffReport } from '../../../common/contract';
import { MARKS, mark } from '../lib/marks';
import { poll } from '../lib/poll';
import { pos } from '../lib/pos';
import { mostAllowed, planWriteOff, writeOffRequest, type WriteOffDraft } from '../lib/write-off-plan';
import { appInfo } from './app-info.svelte';
import type { CustomerState } from './customer.svelte';

export type WriteOffPhase = 'editing' | 'confirming' | 'sending' | 'finished';

/** What became of the write-off: a report from the main side, or a failure that says nothing was written off (or why not). */
export type WriteOffOutcome = { kind: 'report'; report: WriteOffReport } | { kind: 'failed'; error: PosError };

/** What the cashier confirmed, kept apart from the customer's holdings, which change once it is written off. */
export interface SentWriteOff {
  points: number;
  rubles: number;
  coupons: Coupon[];
}

/** How often the window asks about a write-off in doubt. */
export const SETTLE_POLL_MS = 1000;

export class WriteOffState {
  readonly customer: CustomerState;
  draft = $state<WriteOffDraft>({ purchase: '', points: '', rubles: '', coupons: [] });
  phase = $state<WriteOffPhase>('editing');
  outcome = $state<WriteOffOutcome | null>(null);
  sent = $state<SentWriteOff | null>(null);
  plan = $derived.by(() => planWriteOff(this.draft, this.customer.available, appInfo.pointValue));

  constructor(customer: CustomerState) {
    this.customer = customer;
  }

  /** The "all" shortcut: as much as is available and the purchase allows. */
  fillMost(field: WritableCurrency, decimalSeparator: ',' | '.'): void {
    this.draft[field] = minorToInputText(
      mostAllowed(field, this.draft, this.customer.available, appInfo.pointValue),
      decimalSeparator,
    );
  }

  toggleCoupon(id: number, chosen: boolean): void {
    const others = this.draft.coupons.filter((coupon) => coupon !== id);
    this.draft.coupons = chosen ? [...others, id] : others;
  }

  /** To the confirmation step, only with a plan that can be sent. */
  review(): boolean {
    if (this.phase !== 'editing' || !this.plan.ready) return false;
    this.phase = 'confirming';
    return true;
  }

  /** Back to the form, keeping what was typed (and the last outcome, which the card shows until another is sent). */
  edit(): void {
    if (this.phase === 'sending') return;
    this.phase = 'editing';
  }

  /**
   * Sends the confirmed write-off. The phase moves to "sending" before anything is awaited, so a second Enter or click
   * finds nothing to confirm and does nothing.
   */
  async confirm(): Promise<void> {
    if (this.phase !== 'confirming') return;
    mark(MARKS.writeOffConfirmed);
    this.phase = 'sending';
    const plan = this.plan;
    const held = this.customer.holdings?.coupons ?? [];
    this.sent = {
      points: plan.points,
      rubles: plan.rubles,
      coupons: held.filter((coupon) => plan.coupons.includes(coupon.id)),
    };
    const result = await pos.writeOff(writeOffRequest(this.customer.client.id, plan));
    this.outcome = result.ok ? { kind: 'report', report: result.value } : { kind: 'failed', error: result.error };
    this.phase = 'finished';
    if (result.ok) this.#afterReport(result.value);
  }

  /**
   * While the write-off is in doubt the main side settles it by reading back; this asks how it stands about once a
   * second. The caller stops it when the screen goes.
   */
  watch(journalId: string): () => void {
    return poll({
      ask: () => pos.getWriteOff({ journalId }),
      again: (result) => !result.ok || result.value.state === 'in-doubt',
      onAnswer: (result) => {
        if (!result.ok) return;
        this.outcome = { kind: 'report', report: result.value };
        this.#afterReport(result.value);
      },
      intervalMs: SETTLE_POLL_MS,
    });
  }

  /**
   * While the outcome is unknown the cashier may finish the sale without the write-off: the customer pays in full, the
   * journal says so, and the main side keeps watching (a late landing is flagged for a manager).
   */
  async finishWithout(journalId: string): Promise<void> {
    const result = await pos.finishWithoutWriteOff({ journalId });
    if (result.ok) this.outcome = { kind: 'report', report: result.value };
  }

  /** Once it is known to have gone through, the balances shown are read again from the server, and the form starts empty. */
  #afterReport(report: WriteOffReport): void {
    if (report.state !== 'applied' && report.state !== 'settled-applied') return;
    this.draft = { purchase: '', points: '', rubles: '', coupons: [] };
    void this.customer.refresh();
  }
}
