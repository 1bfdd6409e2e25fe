// Reading one part of the stored settings: what no longer parses falls back to its defaults, never to something half-configured.
import type { z } from 'zod';

export function readPart<T>(schema: z.ZodType<T>, stored: unknown): T {
  const parsed = schema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : schema.parse({});
}
