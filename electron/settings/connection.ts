// Where the loyalty API is and how long to wait for it: the non-secret part of a terminal's connection settings.
import { z } from 'zod';
import type { ConnectionSettings } from '../loyalty/connect';
import { wholeNumber } from './terminal-settings';

const DEFAULT_TIMEOUT_MS = 8_000;

export const connectionSchema = z.object({
  /** Training mode talks to the built-in simulator, so a new terminal (or one whose stored settings no longer parse) works. */
  mode: z.enum(['training', 'live']).default('training'),
  baseUrl: z.string().default(''),
  timeoutMs: wholeNumber('timeoutMs').default(DEFAULT_TIMEOUT_MS),
}) satisfies z.ZodType<ConnectionSettings>;
