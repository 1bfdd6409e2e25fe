// Checking the credential a request carries against the one the simulator was told to require.

import type { AuthConfig } from './types';

/** True when the request headers carry the configured credential (or none is configured). */
export function isAuthorised(auth: AuthConfig | undefined, headers: Headers): boolean {
  if (!auth) return true;
  if (auth.scheme === 'apiKey') return headers.get(auth.header) === auth.key;
  const [scheme = '', value = ''] = (headers.get('authorization') ?? '').split(/\s+/, 2);
  if (auth.scheme === 'bearer') return scheme.toLowerCase() === 'bearer' && value === auth.token;
  const credentials = Buffer.from(value, 'base64').toString('utf8');
  return scheme.toLowerCase() === 'basic' && credentials === `${auth.login}:${auth.password}`;
}

/** The challenge a 401 carries, telling the client which scheme is expected. */
export function challengeFor(auth: AuthConfig): Record<string, string> {
  if (auth.scheme === 'bearer') return { 'www-authenticate': 'Bearer' };
  if (auth.scheme === 'basic') return { 'www-authenticate': 'Basic realm="loyalty", charset="UTF-8"' };
  return {};
}
