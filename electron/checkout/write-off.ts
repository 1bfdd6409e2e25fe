// Sending one write-off and saying what became of it; the journaled, reconciled flow builds on this.
import type { WriteOffRequest } from '../../common/domain';
import { isWritableCurrency } from '../../common/money';
import type { WriteOffOutcome } from '../ipc/contract';
import { PosFailure } from '../ipc/failure';
import type { LoyaltyClient } from '../loyalty/client';
import { classifyWriteOffFailure } from './classify';

/** Checks that a write-off is worth sending: never empty (NOTES.md §10), only known currencies (§9), nothing twice. */
export function assertSendable(request: WriteOffRequest): void {
  if (request.balance.length === 0 && request.coupons.length === 0) {
    throw new PosFailure('invalid-input', 'Nothing to write off');
  }
  const currencies = request.balance.map((line) => line.currency);
  if (!currencies.every(isWritableCurrency)) throw new PosFailure('invalid-input', 'Only points and rubles can be written off');
  if (new Set(currencies).size !== currencies.length) throw new PosFailure('invalid-input', 'A currency is listed twice');
  if (new Set(request.coupons).size !== request.coupons.length) throw new PosFailure('invalid-input', 'A coupon is listed twice');
}

export async function sendWriteOff(client: LoyaltyClient, request: WriteOffRequest): Promise<WriteOffOutcome> {
  assertSendable(request);
  try {
    await client.writeOff(request);
    return { status: 'applied' };
  } catch (error) {
    const failure = classifyWriteOffFailure(error);
    const code = { refused: 'rejected', 'not-sent': 'network', 'in-doubt': 'in-doubt' } as const;
    throw new PosFailure(code[failure.kind], failure.message);
  }
}
