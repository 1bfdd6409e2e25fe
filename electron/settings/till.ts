// How the till works for the cashier, as a manager set it: what a point is worth, when an idle till forgets the
// customer, and how long a write-off in doubt is watched before a manager must look.
import { z } from 'zod';
import type { CashierTill } from '../../common/settings';
import { isReadFailureWithinWatch, TILL_DEFAULTS } from '../../common/settings-rules';
import { readPart } from './stored-part';
import { wholeNumber } from './terminal-settings';

/** A till setting as stored: within its range, its default when missing. */
const stored = (setting: keyof typeof TILL_DEFAULTS) => wholeNumber(setting).default(TILL_DEFAULTS[setting]);

export const tillSchema = z.object({
  pointValueKopecks: stored('pointValueKopecks'),
  idleMinutes: stored('idleMinutes'),
  watchMinutes: stored('watchMinutes'),
  readFailureMinutes: stored('readFailureMinutes'),
});

export type TillSettings = z.infer<typeof tillSchema>;

/** A stored part that no longer parses (or breaks the rule between the two times) reads as the defaults, whole. */
export function readTill(value: unknown): TillSettings {
  const till = readPart(tillSchema, value);
  return isReadFailureWithinWatch(till) ? till : tillSchema.parse({});
}

const MINUTE_MS = 60_000;

/** The settling times the write-off desk works with, from the manager's minutes. */
export function watchTimingOf({
  watchMinutes,
  readFailureMinutes,
}: Pick<TillSettings, 'watchMinutes' | 'readFailureMinutes'>): { watchMs: number; readFailureMs: number } {
  return { watchMs: watchMinutes * MINUTE_MS, readFailureMs: readFailureMinutes * MINUTE_MS };
}

/** What the window needs of the till's settings: the point's worth and the idle time; the settling times stay here. */
export function cashierTillOf({ pointValueKopecks, idleMinutes }: TillSettings): CashierTill {
  return { pointValueKopecks, idleMinutes };
}
