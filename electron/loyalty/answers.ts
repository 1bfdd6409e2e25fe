// Run-time schemas of the API's answers: what the document promises, turned into domain values (amounts in minor units).
import { z } from 'zod';
import type { Balance, Client, Coupon, HistoryEntry } from '../../common/domain';
import { toMinor } from '../../common/money';

const amount = z
  .number()
  .refine((value) => toMinor(value) !== null, 'an amount with at most two decimals')
  .transform((value) => toMinor(value) ?? 0);

/** A documented null; a server that leaves the key out means the same. */
const nullableText = z
  .string()
  .nullish()
  .transform((value) => value ?? null);

const id = z.number().int().nonnegative();
const timestamp = z.number().int();

const client = z.object({ id, email: nullableText, phone: nullableText, name: nullableText });
const balance = z.object({ amount, currency: z.string().min(1) });
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
