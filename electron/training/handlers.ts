// What each of the five endpoints answers, given the simulator's state.

import { jsonAnswer, messageAnswer, type HttpAnswer, type SimRequest } from './answers';
import type { ProviderBehaviours } from './behaviours';
import { parseHistoryQuery } from './history-params';
import type { Route } from './routes';
import type { ClientRecord, SimStore } from './store';
import { wireAmount } from './wire-json';

/** What the reading endpoints go by: the server's clock and its habits. */
export interface ServerView {
  now: number;
  behaviours: ProviderBehaviours;
}

/** Answers a read already routed, authorised and sent with the right method (write-offs are taken elsewhere). */
export function answerRoute(
  route: Exclude<Route, { name: 'write-off' }>,
  request: SimRequest,
  store: SimStore,
  view: ServerView,
): HttpAnswer {
  if (route.name === 'clients') return searchClients(request.url.searchParams, store);
  const client = store.client(route.clientId);
  if (!client) return messageAnswer(404, `Клиент ${route.clientId} не найден`);
  const style = view.behaviours.amountNoise ?? 'exact';
  switch (route.name) {
    case 'balance':
      return jsonAnswer(
        200,
        [...client.balance].map(([currency, amount]) => ({ amount: wireAmount(amount), currency })),
        {},
        style,
      );
    case 'coupons':
      return jsonAnswer(
        200,
        view.behaviours.dropExpiredCoupons
          ? client.coupons.filter((coupon) => coupon.expireDate >= view.now)
          : client.coupons,
      );
    case 'history':
      return history(client, request.url.searchParams, view);
  }
}

function searchClients(params: URLSearchParams, store: SimStore): HttpAnswer {
  // An empty parameter is treated as not given, as form-style clients send `phone=` for "any".
  const pattern = (key: string): string | undefined => params.get(key) || undefined;
  const clients = store.search(pattern('phone'), pattern('email'));
  return jsonAnswer(
    200,
    clients.map(({ id, email, phone, name }) => ({ id, email, phone, name })),
  );
}

function history(client: ClientRecord, params: URLSearchParams, { now, behaviours }: ServerView): HttpAnswer {
  const query = parseHistoryQuery(params);
  if (!query.ok) return messageAnswer(400, query.message);
  const { from = -Infinity, to = Infinity, offset = 0, limit = Infinity } = query.value;
  const unkind = behaviours.historyLag || behaviours.oldestFirst || behaviours.pageCap;
  let page;
  if (!unkind) page = client.history.page(query.value);
  else {
    const shown = client.history.within(
      from,
      to,
      (entry) => (client.visibleAt.get(entry.transactionId) ?? -Infinity) <= now,
    );
    if (behaviours.oldestFirst) shown.reverse();
    page = shown.slice(offset, offset + Math.min(limit, behaviours.pageCap ?? Infinity));
  }
  return jsonAnswer(
    200,
    page.map((entry) => ({ ...entry, amount: wireAmount(entry.amount) })),
    {},
    behaviours.amountNoise ?? 'exact',
  );
}
