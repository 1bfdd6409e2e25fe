// Finding a customer by what the cashier typed: a phone in any format, or part of an email.
import { phoneSearchPattern, MIN_SEARCH_DIGITS } from '../../common/phone';
import { MAX_LISTED_MATCHES, type ClientMatches } from '../ipc/contract';
import { PosFailure } from '../ipc/failure';
import type { LoyaltyClient } from '../loyalty/client';

export interface ClientSearch {
  by: 'phone' | 'email';
  query: string;
}

export async function searchClients(client: LoyaltyClient, { by, query }: ClientSearch): Promise<ClientMatches> {
  const matches = await client.searchClients(by === 'phone' ? { phone: phonePattern(query) } : { email: emailPattern(query) });
  // The API has no paging (NOTES.md §8): the whole list is parsed here, and only what a cashier can look at crosses the bridge.
  return { total: matches.length, clients: matches.slice(0, MAX_LISTED_MATCHES) };
}

function phonePattern(query: string): string {
  const pattern = phoneSearchPattern(query);
  if (pattern === null) throw new PosFailure('invalid-input', `Type at least ${MIN_SEARCH_DIGITS} digits of the phone number`);
  return pattern;
}

/** Part of an address finds it: "ivanov@" or "mail.ru" both match; a `%` typed by the cashier is kept as a wildcard. */
function emailPattern(query: string): string {
  const trimmed = query.trim();
  if (trimmed.length < 3) throw new PosFailure('invalid-input', 'Type at least 3 characters of the email');
  return trimmed.includes('%') ? trimmed : `%${trimmed}%`;
}
