// What the fault run throws at the desk: random write-offs, random faults on their POST, random double confirms.
import fc from 'fast-check';
import type { Fault } from '../../electron/training/types';

/** The POST's deadline in the run: short, so a hung answer costs little time; the logic is the same at eight seconds. */
export const TIMEOUT_MS = 300;

/** Every way the simulator can spoil a write-off's answer, each aimed at the write-off only. */
export const FAULTS: Fault[] = [
  { kind: 'reset-before-apply' },
  { kind: 'reset-after-apply' },
  { kind: 'status', status: 500 },
  { kind: 'status', status: 503 },
  { kind: 'status', status: 422, body: { message: 'Отказ без причины' } },
  { kind: 'error-after-apply' },
  { kind: 'error-after-apply', status: 502 },
  { kind: 'hang-after-apply' },
  { kind: 'malformed', body: '{"status":' },
  { kind: 'truncated' },
  { kind: 'never-ending' },
  // Longer than the deadline: the client gives up and the simulator drops the request unapplied.
  { kind: 'latency', ms: TIMEOUT_MS * 3 },
];

export interface Operation {
  /** Which of the lane's clients. */
  client: number;
  points: number;
  rubles: number;
  /** Indexes into the client's coupons as they are when the write-off is made. */
  coupons: number[];
  /** More than the client has, so the server refuses it. */
  overdraw: boolean;
  /** Index into FAULTS, or null for a clean POST. */
  fault: number | null;
  /** The cashier confirms twice at once. */
  double: boolean;
}

export function operation(clients: number): fc.Arbitrary<Operation> {
  return fc.record({
    client: fc.nat({ max: clients - 1 }),
    points: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 50_000 })),
    rubles: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 50_000 })),
    coupons: fc.uniqueArray(fc.nat({ max: 1_000 }), { maxLength: 2 }),
    overdraw: fc.nat({ max: 9 }).map((roll) => roll === 0),
    fault: fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: fc.nat({ max: FAULTS.length - 1 }) }),
    double: fc.boolean(),
  });
}
