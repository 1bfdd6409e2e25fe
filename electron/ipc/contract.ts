// The schema of every call's argument, which the main side checks before anything runs; each is held to the argument
// type of the shared contract (common/contract.ts), so the window and the main side cannot disagree on a call.
import { z } from 'zod';
import type { CallArguments, CallName, CallResults } from '../../common/contract';
import { MAX_HISTORY_PAGE } from '../../common/contract';
import { MAX_MINOR } from '../../common/money';
import { journalIdSchema } from '../checkout/journal-records';
import { pinSchema, settingsFormSchema } from '../settings/terminal-settings';

const clientId = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const positiveMinor = z.number().int().positive().max(MAX_MINOR);
const timestamp = z.number().int().min(0).max(8.64e15);
const localDay = z.iso.date();

export const contract = {
  appInfo: z.undefined(),
  searchClients: z.strictObject({ by: z.enum(['phone', 'email']), query: z.string().trim().min(1).max(100) }),
  // `justFound`: the first read of a card a search just found, which may join the read the main side started as that
  // search answered (customers/card-ahead.ts). Every other read (the write-off screen's, the card's after a write-off,
  // a retry) goes to the server.
  getCustomer: z.strictObject({ clientId, justFound: z.boolean().optional() }),
  getHistory: z.strictObject({
    clientId,
    from: timestamp.optional(),
    to: timestamp.optional(),
    offset: z.number().int().min(0).max(10_000_000),
    limit: z.number().int().min(1).max(MAX_HISTORY_PAGE),
  }),
  writeOff: z.strictObject({
    clientId,
    balance: z.array(z.strictObject({ currency: z.string().min(1).max(32), amount: positiveMinor })).max(8),
    coupons: z.array(clientId).max(100),
  }),
  getWriteOff: z.strictObject({ journalId: journalIdSchema }),
  finishWithoutWriteOff: z.strictObject({ journalId: journalIdSchema }),
  resolveWriteOff: z.strictObject({ journalId: journalIdSchema, note: z.string().trim().min(3).max(500) }),
  updateStatus: z.undefined(),
  // Every settings call but pinStatus, setPin and unlockSettings needs the settings unlocked by the PIN.
  pinStatus: z.undefined(),
  setPin: z.strictObject({ pin: pinSchema }),
  unlockSettings: z.strictObject({ pin: pinSchema }),
  lockSettings: z.undefined(),
  getSettings: z.undefined(),
  saveSettings: settingsFormSchema,
  testConnection: settingsFormSchema,
  listJournal: z.strictObject({ day: localDay.optional() }),
  exportJournalCsv: z.strictObject({ day: localDay, language: z.enum(['ru', 'en']) }),
  reconcileShift: z.strictObject({ day: localDay }),
  recoveredAtStart: z.undefined(),
} as const satisfies { [Name in CallName]: z.ZodType<CallArguments[Name], CallArguments[Name]> };

/** A call's argument after its schema checked (and trimmed) it. */
export type CallInput<Name extends CallName> = z.output<(typeof contract)[Name]>;
export type CallOutput<Name extends CallName> = CallResults[Name];
