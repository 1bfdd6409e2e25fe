// Taking a write-off as real providers do: at once or late (even after the client gave up), recorded in their own shape,
// sometimes answered 200 with a body that says it failed, sometimes taking the coupons while refusing the amounts.

import { jsonAnswer, messageAnswer, type HttpAnswer } from './answers';
import type { RecordShape } from './behaviours';
import { delay } from './delay';
import type { SimContext, WriteOffFate } from './sim-context';
import type { ClientRecord } from './store';
import { parseWriteOff, refusalOf, type WriteOffRequest } from './write-off';

/** What truly became of one write-off POST, for tests and the fault run to judge the app against. */
const EMPTY_OK: HttpAnswer = { status: 200, headers: {}, body: '' };

export async function takeWriteOff(
  client: ClientRecord,
  body: string,
  context: SimContext,
  signal: AbortSignal,
): Promise<HttpAnswer> {
  const parsed = parseWriteOff(body);
  if (!parsed.ok) return messageAnswer(400, parsed.message);
  const request = parsed.value;
  const { behaviours, random } = context;
  const shape = behaviours.recordShapes ? random.pick(behaviours.recordShapes) : 'as-sent';
  const fate: WriteOffFate = {
    clientId: client.id,
    request,
    arrivedAt: context.scheduler.now(),
    appliedAt: null,
    couponsTakenOnRefusal: [],
    shape,
  };
  context.fates.push(fate);

  const refusal = refusalOf(client, request, context.serverNow());
  if (refusal !== undefined) return messageAnswer(422, refusal);
  if (
    request.coupons.length > 0 &&
    request.balance.length > 0 &&
    random.chance(behaviours.couponsTakenBalanceRefusedChance ?? 0)
  ) {
    context.store.redeem(client, request.coupons);
    fate.couponsTakenOnRefusal = [...request.coupons];
    return messageAnswer(422, 'Списание суммы отклонено: превышен дневной лимит списаний');
  }
  if (random.chance(behaviours.failedBodyChance ?? 0)) {
    if (random.chance(0.5)) apply(client, request, fate, context);
    return jsonAnswer(200, { success: false, message: 'Операция не выполнена' });
  }
  if (!behaviours.lateApply) {
    apply(client, request, fate, context);
    return EMPTY_OK;
  }
  return applyLate(client, request, fate, context, signal);
}

/** Applied after a delay drawn from the span whatever happens to the request; the answer waits for it, or a gateway's 504. */
async function applyLate(
  client: ClientRecord,
  request: WriteOffRequest,
  fate: WriteOffFate,
  context: SimContext,
  signal: AbortSignal,
): Promise<HttpAnswer> {
  const { minMs, maxMs } = context.behaviours.lateApply!;
  const after = context.random.int(minMs, maxMs);
  context.scheduler.after(after, () => {
    // The state may have changed meanwhile; a server checks again when it finally gets to it.
    if (refusalOf(client, request, context.serverNow()) === undefined) apply(client, request, fate, context);
  });
  const gateway = context.behaviours.gatewayTimeoutMs ?? Infinity;
  await delay(context.scheduler, Math.min(after, gateway), signal);
  return after <= gateway ? EMPTY_OK : messageAnswer(504, 'Шлюз не дождался ответа сервера');
}

function apply(client: ClientRecord, request: WriteOffRequest, fate: WriteOffFate, context: SimContext): void {
  const now = context.serverNow();
  const { historyLag } = context.behaviours;
  const visibleFrom = () => now + (historyLag ? context.random.int(historyLag.minMs, historyLag.maxMs) : 0);
  for (const { currency, amount } of request.balance) {
    for (const part of recorded(amount, fate.shape, context.random.next()))
      context.store.record(client, currency, part, now, visibleFrom());
  }
  context.store.redeem(client, request.coupons);
  fate.appliedAt = context.scheduler.now();
}

/** The signed entries one written-off amount becomes; `roll` in [0, 1) picks where it splits or how big the accrual is. */
export function recorded(amount: number, shape: RecordShape, roll: number): number[] {
  switch (shape) {
    case 'split': {
      const first = Math.max(1, Math.floor(amount * (0.2 + 0.6 * roll)));
      return first < amount ? [-first, -(amount - first)] : [-amount];
    }
    case 'netted': {
      // The receipt's accrual, a share of it, booked as one entry with the write-off (the balance moves by the net).
      const accrual = Math.max(1, Math.floor(amount * (0.01 + 0.49 * roll)));
      return accrual < amount ? [-(amount - accrual)] : [-amount];
    }
    case 'rounded':
      return [-Math.max(100, Math.round(amount / 100) * 100)];
    case 'as-sent':
      return [-amount];
  }
}
