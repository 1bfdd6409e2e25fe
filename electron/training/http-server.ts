// The simulator on a real loopback socket, so connection faults (resets, truncation, hangs) happen on the wire.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { firstHalf, messageAnswer, promisedLength } from './answers';
import { exchange, type Reply } from './exchange';
import type { SimContext } from './sim-context';

export interface Listening {
  /** The API base URL: origin plus the configured base path, without a trailing slash. */
  url: string;
  /** Stops listening and destroys every connection, hung ones included. */
  close(): Promise<void>;
}

export async function listenOnLoopback(context: SimContext): Promise<Listening> {
  const server = createServer((request, response) => void serve(request, response, context));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${context.basePath}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        // Resolves on a second close() too; its "not running" error means there is nothing left to close.
        server.close(() => resolve());
      }),
  };
}

async function serve(request: IncomingMessage, response: ServerResponse, context: SimContext): Promise<void> {
  const abandoned = new AbortController();
  response.on('close', () => {
    if (!response.writableFinished) abandoned.abort(new Error('the client closed the connection'));
  });
  try {
    const body = await readBody(request);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const reply = await exchange(
      { method: request.method ?? 'GET', url, headers: toHeaders(request), body },
      abandoned.signal,
      context,
    );
    deliver(reply, request, response);
  } catch (error) {
    // A client that went away needs no answer; anything else is a simulator bug, reported as a 500.
    if (abandoned.signal.aborted || response.headersSent) return void response.destroy();
    deliver({ kind: 'answer', answer: messageAnswer(500, `Ошибка симулятора: ${String(error)}`) }, request, response);
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function toHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headersDistinct)) {
    for (const item of value ?? []) headers.append(name, item);
  }
  return headers;
}

function deliver(reply: Reply, request: IncomingMessage, response: ServerResponse): void {
  switch (reply.kind) {
    case 'answer':
      response.writeHead(reply.answer.status, reply.answer.headers).end(reply.answer.body);
      return;
    case 'reset':
      // An RST rather than a FIN: the client sees ECONNRESET, as when a server process dies.
      request.socket.resetAndDestroy();
      return;
    case 'hang':
      return;
    case 'truncated': {
      const { status, headers, body } = reply.answer;
      response.writeHead(status, { ...headers, 'content-length': String(promisedLength(body)) });
      response.write(firstHalf(body), () => response.socket?.end());
      return;
    }
    case 'never-ending': {
      const { status, headers, body } = reply.answer;
      response.writeHead(status, headers);
      // Headers go out now even when the half body is empty, so the client sees a response begin.
      response.flushHeaders();
      response.write(firstHalf(body));
      return;
    }
  }
}
