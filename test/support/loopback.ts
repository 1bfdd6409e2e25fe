// Loopback helpers for tests: an address where nothing listens, and a throwaway server that answers every request the same way.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** An http URL on 127.0.0.1 whose port was just freed: connecting to it is refused. */
export async function unreachableUrl(): Promise<string> {
  const closed = http.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const { port } = closed.address() as AddressInfo;
  await new Promise((resolve) => closed.close(resolve));
  return `http://127.0.0.1:${port}`;
}

export interface LoopbackServer {
  url: string;
  /** Stops listening and ends every connection, kept-alive ones too. */
  close(): Promise<void>;
}

/** Starts the server on a free port of 127.0.0.1. */
export async function listenOnLoopback(server: http.Server): Promise<LoopbackServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A server answering every request with this status, content type and body, e.g. a web site's HTML page. */
export function serveFixed(status: number, contentType: string, body: string): Promise<LoopbackServer> {
  return listenOnLoopback(
    http.createServer((_request, response) => response.writeHead(status, { 'content-type': contentType }).end(body)),
  );
}
