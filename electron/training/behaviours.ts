// How unkind the simulator is: real providers' habits that tests, the fault run and training demonstrations switch on.

/** How one write-off shows up in the history: as sent, in two parts, netted with the receipt's accrual, or rounded to whole units. */
export type RecordShape = 'as-sent' | 'split' | 'netted' | 'rounded';

export interface Span {
  minMs: number;
  maxMs: number;
}

/** Every habit is off unless set; any of them may be combined. */
export interface ProviderBehaviours {
  /** A valid write-off is applied this long after it arrived, whatever became of its request (the client gave up, a 504). */
  lateApply?: Span;
  /** A gateway in front answers 504 once a request has waited this long; the server behind it carries on regardless. */
  gatewayTimeoutMs?: number;
  /** New history entries show up only this long after they happened; balance and coupons change at once. */
  historyLag?: Span;
  /** How each write-off is recorded in the history; one shape is drawn per write-off. */
  recordShapes?: RecordShape[];
  /** The most entries a history page holds, whatever `limit` asked for. */
  pageCap?: number;
  /** History listed oldest first. */
  oldestFirst?: boolean;
  /** Amounts on the wire carry float noise (0.30000000000000004) or a third decimal (61.728). */
  amountNoise?: 'float' | 'third-decimal';
  /** Chance that a write-off is answered 200 with a JSON body saying it failed; applied or not, by a coin. */
  failedBodyChance?: number;
  /** Chance that a write-off with coupons and amounts has its coupons taken and its amounts refused with 422. */
  couponsTakenBalanceRefusedChance?: number;
  /** Expired coupons leave the coupon list. */
  dropExpiredCoupons?: boolean;
  /** The server's clock minus the true time: its `Date` header, its history dates and coupon expiry follow it. */
  clockOffsetMs?: number;
}

/** Checks a set of behaviours before it is used, so a typo fails at once rather than as a puzzling run. */
export function checkBehaviours(behaviours: ProviderBehaviours): void {
  for (const span of [behaviours.lateApply, behaviours.historyLag]) {
    if (span && !(span.minMs >= 0 && span.maxMs >= span.minMs))
      throw new RangeError('a span needs 0 <= minMs <= maxMs');
  }
  if (behaviours.pageCap !== undefined && !(Number.isInteger(behaviours.pageCap) && behaviours.pageCap > 0)) {
    throw new RangeError('pageCap must be a positive integer');
  }
  if (behaviours.recordShapes?.length === 0) throw new RangeError('recordShapes, when given, names at least one shape');
}
