// Reading the history endpoint's query parameters (from, to, offset, limit).

import type { HistoryQuery } from './history-log';
import type { Parsed } from './types';

const FORMATS = {
  from: { pattern: /^-?\d+$/, what: 'целым числом (timestamp в миллисекундах)' },
  to: { pattern: /^-?\d+$/, what: 'целым числом (timestamp в миллисекундах)' },
  offset: { pattern: /^\d+$/, what: 'целым неотрицательным числом' },
  limit: { pattern: /^\d+$/, what: 'целым неотрицательным числом' },
} as const;

/** All four are optional; an empty value counts as absent, anything else must be a whole number. */
export function parseHistoryQuery(params: URLSearchParams): Parsed<HistoryQuery> {
  const query: HistoryQuery = {};
  for (const key of ['from', 'to', 'offset', 'limit'] as const) {
    const text = params.get(key);
    if (text === null || text === '') continue;
    const value = Number(text);
    if (!FORMATS[key].pattern.test(text) || !Number.isSafeInteger(value)) {
      return { ok: false, message: `Параметр ${key} должен быть ${FORMATS[key].what}` };
    }
    query[key] = value;
  }
  return { ok: true, value: query };
}
