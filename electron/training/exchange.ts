// How the simulator turns one request into a reply: counting, latency, faults, credentials, then the endpoint itself.

import { challengeFor, isAuthorised } from './auth';
import { jsonAnswer, messageAnswer, rawJsonAnswer, type HttpAnswer, type SimRequest } from './answers';
import { delay } from './delay';
import { answerRoute } from './handlers';
import { matchRoute, type Route } from './routes';
import type { SimContext } from './sim-context';
import { takeWriteOff } from './take-write-off';
import type { Fault } from './types';

/** What a transport must do with a request; the socket-level kinds are emulated by the in-process fetch. */
export type Reply =
  | { kind: 'answer'; answer: HttpAnswer }
  /** Reset the connection without answering. */
  | { kind: 'reset' }
  /** Answer nothing and keep the connection open. */
  | { kind: 'hang' }
  /** Send the head promising the whole body, only half of it, then end the connection. */
  | { kind: 'truncated'; answer: HttpAnswer }
  /** Send the head and half the body, then nothing more, ever. */
  | { kind: 'never-ending'; answer: HttpAnswer };

/**
 * Rejects with the signal's reason if the client gives up during the latency; the request is then dropped unapplied
 * (unless a late-applying server had already taken it). Every answer carries the server's clock in its Date header.
 */
export async function exchange(request: SimRequest, signal: AbortSignal, context: SimContext): Promise<Reply> {
  const route = routeOf(request.url.pathname, context.basePath);
  if (route) context.requests[route.name] += 1;
  if (route?.name === 'write-off' && request.method === 'POST') context.writeOffPosts += 1;
  const fault = context.faults.take(route?.name);
  await delay(context.scheduler, context.latencyMs + (fault?.kind === 'latency' ? fault.ms : 0), signal);
  const reply = await replyTo(route, request, context, signal, fault);
  return 'answer' in reply ? { ...reply, answer: dated(reply.answer, context.serverNow()) } : reply;
}

async function replyTo(
  route: Route | undefined,
  request: SimRequest,
  context: SimContext,
  signal: AbortSignal,
  fault: Fault | undefined,
): Promise<Reply> {
  if (fault?.kind === 'status') return { kind: 'answer', answer: statusAnswer(fault) };
  if (fault?.kind === 'reset-before-apply') return { kind: 'reset' };
  return spoil(await handle(route, request, context, signal), fault);
}

function dated(answer: HttpAnswer, serverNow: number): HttpAnswer {
  return { ...answer, headers: { ...answer.headers, date: new Date(serverNow).toUTCString() } };
}

function routeOf(pathname: string, basePath: string): Route | undefined {
  if (!pathname.startsWith(`${basePath}/`)) return undefined;
  return matchRoute(pathname.slice(basePath.length));
}

async function handle(
  route: Route | undefined,
  request: SimRequest,
  context: SimContext,
  signal: AbortSignal,
): Promise<HttpAnswer> {
  if (context.auth && !isAuthorised(context.auth, request.headers)) {
    return messageAnswer(
      401,
      'Требуется авторизация: учётные данные не переданы или неверны',
      challengeFor(context.auth),
    );
  }
  if (!route) return messageAnswer(404, 'Адрес не найден');
  if (request.method !== route.method) {
    return messageAnswer(405, `Метод ${request.method} здесь не поддерживается`, { allow: route.method });
  }
  if (route.name !== 'write-off')
    return answerRoute(route, request, context.store, { now: context.serverNow(), behaviours: context.behaviours });
  const client = context.store.client(route.clientId);
  if (!client) return messageAnswer(404, `Клиент ${route.clientId} не найден`);
  return takeWriteOff(client, request.body, context, signal);
}

function statusAnswer(fault: Extract<Fault, { kind: 'status' }>): HttpAnswer {
  const { status, body, contentType } = fault;
  const answer =
    body === undefined
      ? messageAnswer(status, `Сервер ответил ошибкой ${status}`)
      : typeof body === 'string'
        ? { status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body }
        : jsonAnswer(status, body);
  return contentType === undefined
    ? answer
    : { ...answer, headers: { ...answer.headers, 'content-type': contentType } };
}

/** Replaces the real answer as an "after" fault says; the request has been handled either way. */
function spoil(answer: HttpAnswer, fault: Fault | undefined): Reply {
  switch (fault?.kind) {
    case 'reset-after-apply':
      return { kind: 'reset' };
    case 'hang-after-apply':
      return { kind: 'hang' };
    case 'error-after-apply':
      return { kind: 'answer', answer: messageAnswer(fault.status ?? 500, 'Внутренняя ошибка сервера') };
    case 'malformed':
      return { kind: 'answer', answer: rawJsonAnswer(200, fault.body) };
    case 'truncated':
    case 'never-ending':
      return { kind: fault.kind, answer };
    default:
      return { kind: 'answer', answer };
  }
}
