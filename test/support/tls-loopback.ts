// A store's network in miniature, made at run time: a throw-away certificate authority (openssl), a loopback HTTPS
// server signed by it in front of the simulator, and a loopback CONNECT proxy that records each tunnel it opened.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FetchLike } from '../../electron/loyalty/transport';

export interface Authority {
  /** The authority's own certificate, what a manager pastes into the settings. */
  caPem: string;
  /** A server certificate for 127.0.0.1 and localhost, signed by the authority, and its key. */
  server: { cert: string; key: string };
}

/** A new authority and server certificate, valid for a day, made with the openssl command line in a temporary folder. */
export function makeAuthority(): Authority {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'loyalty-ca-'));
  const file = (name: string) => path.join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ecKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  try {
    openssl(
      'req',
      '-x509',
      ...ecKey,
      '-keyout',
      file('ca.key'),
      '-out',
      file('ca.pem'),
      '-days',
      '1',
      '-subj',
      '/CN=Loyalty Desk test store CA',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    );
    openssl('req', ...ecKey, '-keyout', file('server.key'), '-out', file('server.csr'), '-subj', '/CN=127.0.0.1');
    writeFileSync(
      file('server.ext'),
      'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n',
    );
    openssl(
      'x509',
      '-req',
      '-in',
      file('server.csr'),
      '-CA',
      file('ca.pem'),
      '-CAkey',
      file('ca.key'),
      '-CAcreateserial',
      '-out',
      file('server.pem'),
      '-days',
      '1',
      '-extfile',
      file('server.ext'),
    );
    return {
      caPem: readFileSync(file('ca.pem'), 'utf8'),
      server: { cert: readFileSync(file('server.pem'), 'utf8'), key: readFileSync(file('server.key'), 'utf8') },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface Listening {
  url: string;
  close(): Promise<void>;
}

async function listen(server: http.Server | https.Server, scheme: 'http' | 'https'): Promise<Listening> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${scheme}://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An HTTPS server on 127.0.0.1 with the given certificate, answering every request with the handler (the simulator's fetch). */
export function serveHttps(tls: { cert: string; key: string }, handler: FetchLike): Promise<Listening> {
  const server = https.createServer(tls, (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers))
        if (typeof value === 'string') headers.set(name, value);
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
      void handler(new URL(request.url ?? '/', 'https://127.0.0.1'), { method: request.method, headers, body })
        .then(async (answer) => {
          response.writeHead(answer.status, Object.fromEntries(answer.headers));
          response.end(Buffer.from(await answer.arrayBuffer()));
        })
        .catch(() => response.destroy());
    });
  });
  return listen(server, 'https');
}

export interface ConnectProxy extends Listening {
  /** Each `host:port` a client asked to be tunnelled to, in order. */
  readonly tunnels: readonly string[];
}

/** A forward proxy that only tunnels (CONNECT), as HTTPS through a store's proxy goes; anything else is refused. */
export async function startConnectProxy(): Promise<ConnectProxy> {
  const tunnels: string[] = [];
  // Tunnelled sockets leave the HTTP server's bookkeeping, so closing it would wait for them: they are ended by hand.
  const sockets = new Set<net.Socket>();
  const server = http.createServer((_request, response) => response.writeHead(405).end());
  server.on('connect', (request: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const target = request.url ?? '';
    tunnels.push(target);
    const [host, port] = [target.slice(0, target.lastIndexOf(':')), Number(target.slice(target.lastIndexOf(':') + 1))];
    const upstream = net.connect(port, host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    const end = () => {
      upstream.destroy();
      client.destroy();
    };
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', end).on('close', () => sockets.delete(socket));
    }
  });
  const listening = await listen(server, 'http');
  return {
    url: listening.url,
    tunnels,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return listening.close();
    },
  };
}
