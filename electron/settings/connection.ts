// Where the loyalty API is and how long to wait for it: the non-secret part of a terminal's connection settings.
import { z } from 'zod';

export const DEFAULT_TIMEOUT_MS = 8_000;

export const connectionSchema = z.object({
  /** Training mode talks to the built-in simulator, so a new terminal works before anyone configures it. */
  mode: z.enum(['training', 'live']).default('training'),
  baseUrl: z.string().default(''),
  timeoutMs: z.number().int().min(1_000).max(60_000).default(DEFAULT_TIMEOUT_MS),
});

export type ConnectionSettings = z.infer<typeof connectionSchema>;

/** Stored settings that no longer parse fall back to training mode rather than to a half-configured live one. */
export function readConnection(stored: unknown): ConnectionSettings {
  const parsed = connectionSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : connectionSchema.parse({});
}
