// Serves the built renderer on 127.0.0.1 with the app's own CSP header, standing in for the app:// protocol in browser tests.
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../../electron/security/csp';
import { resolveStaticFile } from '../../electron/security/static-files';
import { listenOnLoopback } from './loopback';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveStatic(root: string): Promise<StaticServer> {
  const server = http.createServer(async (request, response) => {
    const target = resolveStaticFile(root, new URL(request.url ?? '/', 'http://localhost').pathname);
    const body = target ? await readFile(target.file).catch(() => null) : null;
    if (!target || !body) {
      response.writeHead(404).end('Not found');
      return;
    }
    response
      .writeHead(200, { 'content-type': target.mimeType, 'content-security-policy': CONTENT_SECURITY_POLICY })
      .end(body);
  });
  const { url, close } = await listenOnLoopback(server);
  return { origin: url, close };
}
