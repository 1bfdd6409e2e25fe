// Finding a customer by what the cashier typed: a phone in any format, or part of an email; one search at a time.
import { phoneSearchPattern, MIN_SEARCH_DIGITS } from '../../common/phone';
import { MAX_LISTED_MATCHES, type ClientMatches } from '../../common/contract';
import { PosFailure } from '../../common/failure';
import type { LoyaltyClient } from '../loyalty/client';

export interface ClientSearch {
  by: 'phone' | 'email';
  query: string;
}

/** Characters of an email search that are not the API's wildcard: fewer would match (and list) most of the customers. */
export const MIN_EMAIL_CHARACTERS = 3;

/**
 * The search call: a newer search cancels the one still in flight (its connection closed, its answer never parsed),
 * so a window firing searches in a loop holds one server request and one parsed list at a time, not one per call.
 */
export function createClientSearch(): (client: LoyaltyClient, search: ClientSearch) => Promise<ClientMatches> {
  let current: AbortController | null = null;
  return async (client, { by, query }) => {
    const pattern = by === 'phone' ? { phone: phonePattern(query) } : { email: emailPattern(query) };
    current?.abort();
    const mine = new AbortController();
    current = mine;
    try {
      const matches = await client.searchClients(pattern, mine.signal);
      if (mine.signal.aborted) throw replaced();
      // The API has no paging (NOTES.md §8): the whole list is parsed here, and only what a cashier can look at crosses the bridge.
      return { total: matches.length, clients: matches.slice(0, MAX_LISTED_MATCHES) };
    } catch (error) {
      throw mine.signal.aborted ? replaced() : error;
    } finally {
      if (current === mine) current = null;
    }
  };
}

function replaced(): PosFailure {
  return new PosFailure('busy', 'A newer search replaced this one');
}

function phonePattern(query: string): string {
  const pattern = phoneSearchPattern(query);
  if (pattern === null)
    throw new PosFailure('invalid-input', `Type at least ${MIN_SEARCH_DIGITS} digits of the phone number`);
  return pattern;
}

/** Part of an address finds it: "ivanov@" or "mail.ru" both match; a `%` typed by the cashier is kept as a wildcard. */
function emailPattern(query: string): string {
  const trimmed = query.trim();
  if (trimmed.replaceAll('%', '').length < MIN_EMAIL_CHARACTERS) {
    throw new PosFailure('invalid-input', `Type at least ${MIN_EMAIL_CHARACTERS} characters of the email besides %`);
  }
  return trimmed.includes('%') ? trimmed : `%${trimmed}%`;
}
