// Reading and vetting a write-off request body, with the server's Russian refusal messages.

import type { Coupon } from '../../common/domain';
import { formatAmount, parseAmount } from './money';
import type { Parsed } from './types';

/** A syntactically valid write-off; amounts in minor units, currencies and coupons without repeats. */
export interface WriteOffRequest {
  balance: { currency: string; amount: number }[];
  coupons: number[];
}

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

/** Parses the body; any failure here is the client's malformed request (HTTP 400). */
export function parseWriteOff(body: string): Parsed<WriteOffRequest> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return fail('Тело запроса не является корректным JSON');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail('Тело запроса должно быть JSON-объектом');
  }
  const { balance = [], coupons = [] } = json as { balance?: unknown; coupons?: unknown };
  const lines = parseBalance(balance);
  if (!lines.ok) return lines;
  const ids = parseCoupons(coupons);
  if (!ids.ok) return ids;
  if (lines.value.length === 0 && ids.value.length === 0) {
    return fail('Нечего списывать: не указаны ни суммы, ни купоны');
  }
  return { ok: true, value: { balance: lines.value, coupons: ids.value } };
}

function parseBalance(balance: unknown): Parsed<WriteOffRequest['balance']> {
  if (!Array.isArray(balance)) return fail('Поле balance должно быть массивом');
  const lines: WriteOffRequest['balance'] = [];
  for (const item of balance as unknown[]) {
    const { amount, currency } = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    if (typeof currency !== 'string' || currency === '') {
      return fail('В каждой строке balance должна быть указана валюта (currency)');
    }
    const minor = parseAmount(amount);
    if (minor === undefined || minor <= 0) {
      return fail(
        `Сумма списания (${currency}) должна быть положительным числом не более чем с двумя знаками после запятой`,
      );
    }
    if (lines.some((line) => line.currency === currency)) return fail(`Валюта ${currency} указана дважды`);
    lines.push({ currency, amount: minor });
  }
  return { ok: true, value: lines };
}

function parseCoupons(coupons: unknown): Parsed<number[]> {
  if (!Array.isArray(coupons) || !coupons.every((id) => Number.isSafeInteger(id))) {
    return fail('Поле coupons должно быть массивом идентификаторов купонов');
  }
  const ids = coupons as number[];
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated !== undefined) return fail(`Купон ${repeated} указан дважды`);
  return { ok: true, value: ids };
}

/**
 * Why the client's current state forbids the write-off (HTTP 422), or undefined if it can go
 * ahead. A coupon is valid up to and including its `expireDate`.
 */
export function refusalOf(
  client: { balance: ReadonlyMap<string, number>; coupons: readonly Coupon[] },
  request: WriteOffRequest,
  now: number,
): string | undefined {
  for (const { currency, amount } of request.balance) {
    const available = client.balance.get(currency);
    if (available === undefined) return `У клиента нет счёта в валюте ${currency}`;
    if (available < amount) {
      return `Недостаточно средств (${currency}): доступно ${formatAmount(available)}, запрошено ${formatAmount(amount)}`;
    }
  }
  for (const id of request.coupons) {
    const coupon = client.coupons.find((candidate) => candidate.id === id);
    if (!coupon) return `Купон ${id} не найден у клиента или уже погашен`;
    if (now > coupon.expireDate) return `Срок действия купона ${id} истёк`;
  }
  return undefined;
}
