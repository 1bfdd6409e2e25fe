// What a write-off at checkout will take and what is left to pay, from what the cashier typed; every limit is checked here, where Node can test it.
import type { WriteOffRequest } from '../../../common/domain';
import {
  parseAmountInput,
  WRITABLE_CURRENCIES,
  type AmountInputError,
  type Minor,
  type WritableCurrency,
} from '../../../common/money';

export type FieldProblem =
  | { kind: Exclude<AmountInputError, 'empty'> }
  | { kind: 'above-available'; limit: Minor }
  | { kind: 'above-purchase'; limit: Minor };

/** The write-off form as typed. */
export interface WriteOffDraft {
  /** The purchase total in rubles; optional, empty when not given. */
  purchase: string;
  points: string;
  rubles: string;
  coupons: number[];
}

/** What the customer may write off, in minor units. */
export type Available = Record<WritableCurrency, Minor>;

export interface WriteOffPlan {
  purchase: Minor | null;
  /** What one point counts towards the purchase at this till, in kopecks. */
  pointValue: Minor;
  /** The amounts that will be written off; a field with a problem counts as nothing. */
  points: Minor;
  rubles: Minor;
  coupons: number[];
  problems: Partial<Record<'purchase' | WritableCurrency, FieldProblem>>;
  /** What the customer still pays; null without a purchase total. */
  remaining: Minor | null;
  /** Nothing chosen at all: such a write-off is never sent (NOTES.md §10). */
  empty: boolean;
  ready: boolean;
}

type Parsed = { value: Minor | null; problem?: FieldProblem };

/** An empty field is no amount (null); anything else must parse. */
function parseOptional(text: string): Parsed {
  const parsed = parseAmountInput(text);
  if (parsed.ok) return { value: parsed.minor };
  return parsed.error === 'empty' ? { value: null } : { value: null, problem: { kind: parsed.error } };
}

function checkAmount(text: string, available: Minor, purchaseRoom: Minor | null): Parsed {
  const parsed = parseOptional(text);
  if (parsed.problem || parsed.value === null) return parsed;
  if (parsed.value > available) return { value: null, problem: { kind: 'above-available', limit: available } };
  if (purchaseRoom !== null && parsed.value > purchaseRoom)
    return { value: null, problem: { kind: 'above-purchase', limit: purchaseRoom } };
  return parsed;
}

const room = (purchase: Minor | null, taken: Minor) => (purchase === null ? null : Math.max(0, purchase - taken));
const nonNegative = (available: Available): Available => ({
  points: Math.max(0, available.points),
  rubles: Math.max(0, available.rubles),
});

/**
 * What points count towards the purchase, in kopecks, at the till's point value (kopecks a point, set by the manager):
 * a part of a kopeck is not counted, so the customer is never credited more than the points are worth. BigInt because
 * a large balance times a large value passes 2^53.
 */
export function pointsWorth(points: Minor, pointValue: Minor): Minor {
  return Number((BigInt(points) * BigInt(pointValue)) / 100n);
}

/** The most points worth no more than this many kopecks; null (no purchase) stays null. */
function pointsWithin(kopecks: Minor | null, pointValue: Minor): Minor | null {
  return kopecks === null ? null : Number((BigInt(kopecks) * 100n) / BigInt(pointValue));
}

/**
 * A purchase total caps points and rubles together: points, at the till's point value, are checked against it first,
 * rubles against what the points' worth leaves of it.
 */
export function planWriteOff(draft: WriteOffDraft, availableNow: Available, pointValue: Minor): WriteOffPlan {
  const available = nonNegative(availableNow);
  const purchase = parseOptional(draft.purchase);
  const points = checkAmount(draft.points, available.points, pointsWithin(purchase.value, pointValue));
  const pointsWorthNow = pointsWorth(points.value ?? 0, pointValue);
  const rubles = checkAmount(draft.rubles, available.rubles, room(purchase.value, pointsWorthNow));
  const problems: WriteOffPlan['problems'] = {};
  if (purchase.problem) problems.purchase = purchase.problem;
  if (points.problem) problems.points = points.problem;
  if (rubles.problem) problems.rubles = rubles.problem;
  const plan = {
    purchase: purchase.value,
    pointValue,
    points: points.value ?? 0,
    rubles: rubles.value ?? 0,
    coupons: draft.coupons,
    problems,
  };
  const empty = plan.points === 0 && plan.rubles === 0 && plan.coupons.length === 0;
  return {
    ...plan,
    remaining: room(plan.purchase, pointsWorthNow + plan.rubles),
    empty,
    ready: !empty && Object.keys(problems).length === 0,
  };
}

/** The most the "all" shortcut may fill into a field: what is available, within what the other field leaves of the purchase. */
export function mostAllowed(
  field: WritableCurrency,
  draft: WriteOffDraft,
  availableNow: Available,
  pointValue: Minor,
): Minor {
  const available = nonNegative(availableNow);
  const purchase = parseOptional(draft.purchase).value;
  const other: WritableCurrency = field === 'points' ? 'rubles' : 'points';
  const taken = checkAmount(draft[other], available[other], null).value ?? 0;
  const purchaseRoom =
    field === 'points'
      ? pointsWithin(room(purchase, taken), pointValue)
      : room(purchase, pointsWorth(taken, pointValue));
  return purchaseRoom === null ? available[field] : Math.min(available[field], purchaseRoom);
}

/** The request for a ready plan: only amounts above zero, so a field left at zero sends nothing for its currency. */
export function writeOffRequest(clientId: number, plan: WriteOffPlan): WriteOffRequest {
  const balance = WRITABLE_CURRENCIES.filter((currency) => plan[currency] > 0).map((currency) => ({
    currency,
    amount: plan[currency],
  }));
  return { clientId, balance, coupons: plan.coupons };
}
