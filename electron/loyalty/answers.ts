// Run-time schemas of the API's answers: what the document promises, turned into domain values (amounts in minor units).
import { z } from 'zod';
import type { Balance, Client, Coupon, HistoryEntry } from '../../common/domain';
import { readServerAmount } from '../../common/money';

/** Any finite amount is read (NOTES.md §4): an odd one never makes the whole answer unreadable. */
const serverAmount = z.number().refine((value) => readServerAmount(value) !== null, 'a finite amount');
/** History: the nearest minor unit. */
const amount = serverAmount.transform((value) => readServerAmount(value)?.nearest ?? 0);
/** What may be written off: rounded down, never up. */
const limit = serverAmount.transform((value) => readServerAmount(value)?.floor ?? 0);

/** A documented null; a server that leaves the key out means the same. */
const nullableText = z
  .string()
  .nullish()
  .transform((value) => value ?? null);

const id = z.number().int().nonnegative();
const timestamp = z.number().int();

const client = z.object({ id, email: nullableText, phone: nullableText, name: nullableText });
const balance = z.object({ amount: limit, currency: z.string().min(1) });
const coupon = z.object({ id, title: z.string(), expireDate: timestamp });
const historyEntry = z.object({
  amount,
  currency: z.string().min(1),
  transactionDate: timestamp,
  transactionId: z.union([z.string(), z.number()]).transform(String),
});

export const clientsAnswer: z.ZodType<Client[], unknown> = z.array(client);
export const balanceAnswer: z.ZodType<Balance[], unknown> = z.array(balance);
export const couponsAnswer: z.ZodType<Coupon[], unknown> = z.array(coupon);
export const historyAnswer: z.ZodType<HistoryEntry[], unknown> = z.array(historyEntry);
