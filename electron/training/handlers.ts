// What each of the five endpoints answers, given the simulator's state.

import { jsonAnswer, messageAnswer, type HttpAnswer, type SimRequest } from './answers';
import { parseHistoryQuery } from './history-params';
import type { Route } from './routes';
import type { ClientRecord, SimStore } from './store';
import { wireAmount } from './wire-json';
import { parseWriteOff, refusalOf } from './write-off';

/** Answers a request already routed, authorised and sent with the right method. */
export function answerRoute(route: Route, request: SimRequest, store: SimStore, now: number): HttpAnswer {
  if (route.name === 'clients') return searchClients(request.url.searchParams, store);
  const client = store.client(route.clientId);
  if (!client) return messageAnswer(404, `Клиент ${route.clientId} не найден`);
  switch (route.name) {
    case 'balance':
      return jsonAnswer(200, [...client.balance].map(([currency, amount]) => ({ amount: wireAmount(amount), currency })));
    case 'coupons':
      return jsonAnswer(200, client.coupons);
    case 'history':
      return history(client, request.url.searchParams);
    case 'write-off':
      return writeOff(client, request.body, store, now);
  }
}

function searchClients(params: URLSearchParams, store: SimStore): HttpAnswer {
  // An empty parameter is treated as not given, as form-style clients send `phone=` for "any".
  const pattern = (key: string): string | undefined => params.get(key) || undefined;
  const clients = store.search(pattern('phone'), pattern('email'));
  return jsonAnswer(200, clients.map(({ id, email, phone, name }) => ({ id, email, phone, name })));
}

function history(client: ClientRecord, params: URLSearchParams): HttpAnswer {
  const query = parseHistoryQuery(params);
  if (!query.ok) return messageAnswer(400, query.message);
  const page = client.history.page(query.value);
  return jsonAnswer(200, page.map((entry) => ({ ...entry, amount: wireAmount(entry.amount) })));
}

function writeOff(client: ClientRecord, body: string, store: SimStore, now: number): HttpAnswer {
  const request = parseWriteOff(body);
  if (!request.ok) return messageAnswer(400, request.message);
  const refusal = refusalOf(client, request.value, now);
  if (refusal !== undefined) return messageAnswer(422, refusal);
  store.applyWriteOff(client, request.value, now);
  return { status: 200, headers: {}, body: '' };
}
