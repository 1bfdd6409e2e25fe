// Zod without its eval-based fast path: the page's CSP forbids eval. Imported first by main.ts, before any schema is built.
import { z } from 'zod';

z.config({ jitless: true });
