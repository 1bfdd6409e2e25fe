// How the loyalty client reaches the server from a store's network: the certificate authorities it trusts (Node's own,
// the operating system's store, a manager's PEM) and the proxy it goes through (the manager's, else HTTPS_PROXY & co.,
// else the one the operating system's proxy settings name).
import tls from 'node:tls';
import { Agent, EnvHttpProxyAgent, type Dispatcher } from 'undici';
import { pemCertificates } from '../../common/settings-rules';

/** What a manager sets for the network; empty strings mean "none". */
export interface NetworkSettings {
  /** `http://host:port` of a proxy every request to the loyalty API goes through; empty: the system's, if any. */
  proxyUrl: string;
  /** Extra certificate authorities (PEM), for a server or a TLS-inspecting proxy signed by the store's own CA. */
  caCertificates: string;
}

export const NO_NETWORK_SETTINGS: NetworkSettings = { proxyUrl: '', caCertificates: '' };

export interface NetworkContext {
  env: NodeJS.ProcessEnv;
  /** The operating system's trusted certificates (PEM). */
  systemCertificates: () => readonly string[];
  /** The proxy the OS settings name for the API (`http://host:port`), or '' for none or not known. */
  systemProxy: () => string;
}

type CaSource = (type: 'system') => string[];

/**
 * The OS store through `tls.getCACertificates('system')` (Node 22.15+ and 23.10+, so in Electron 45's Node 24); older
 * Node, as in some test runs, has no such call and the list is empty. Read once: the store does not change under a
 * running app.
 */
let systemStore: readonly string[] | undefined;
export function operatingSystemCertificates(): readonly string[] {
  const read = (tls as { getCACertificates?: CaSource }).getCACertificates;
  systemStore ??= read ? read('system') : [];
  return systemStore;
}

/** The shell reads the OS proxy settings through Electron (system-proxy.electron.ts); plain Node knows none. */
let systemProxySource: () => string = () => '';
export function useSystemProxy(source: () => string): void {
  systemProxySource = source;
}
export function currentSystemProxy(): string {
  return systemProxySource();
}

const DEFAULT_CONTEXT: NetworkContext = {
  env: process.env,
  systemCertificates: operatingSystemCertificates,
  systemProxy: currentSystemProxy,
};

/** What is trusted beyond Node's bundled authorities: the OS store's and the manager's. */
export function extraCertificates(
  settings: NetworkSettings,
  context: Pick<NetworkContext, 'systemCertificates'>,
): string[] {
  return [...context.systemCertificates(), ...pemCertificates(settings.caCertificates)];
}

/**
 * TLS options trusting Node's bundled authorities plus the extra ones. A `ca` list replaces the default, so the bundled
 * ones are named too. Parsing ~150 certificates takes tens of milliseconds, so the context is made once per set of
 * extras and shared (a write-off's fresh connection must not wait for it); none at all without extras.
 */
let lastSecureContext: { key: string; options: tls.ConnectionOptions } | undefined;
function tlsOptionsTrusting(extras: readonly string[]): tls.ConnectionOptions {
  if (extras.length === 0) return {};
  const key = extras.join('\n');
  if (lastSecureContext?.key !== key) {
    lastSecureContext = {
      key,
      options: { secureContext: tls.createSecureContext({ ca: [...tls.rootCertificates, ...extras] }) },
    };
  }
  return lastSecureContext.options;
}

export interface ProxyChoice {
  httpProxy: string;
  httpsProxy: string;
  noProxy: string;
}

/**
 * The manager's proxy for both schemes, else the environment's (upper or lower case, as curl reads them), else the OS
 * settings'; NO_PROXY from the environment either way. Always explicit strings, so undici never reads process.env
 * behind our back.
 */
export function proxyChoice(settings: NetworkSettings, env: NodeJS.ProcessEnv, systemProxy = ''): ProxyChoice {
  const fromEnv = (name: string) => env[name.toLowerCase()] ?? env[name] ?? '';
  return {
    httpProxy: settings.proxyUrl || fromEnv('HTTP_PROXY') || systemProxy,
    httpsProxy: settings.proxyUrl || fromEnv('HTTPS_PROXY') || fromEnv('HTTP_PROXY') || systemProxy,
    noProxy: fromEnv('NO_PROXY'),
  };
}

/**
 * The proxy in Chromium's answer for a URL (`resolveProxy`: "PROXY host:port; HTTPS host:port; DIRECT", PAC included):
 * the first entry this client can use, '' when that is DIRECT. SOCKS entries are passed over.
 */
export function proxyFromResolution(resolution: string): string {
  for (const entry of resolution.split(';')) {
    const [kind = '', address = ''] = entry.trim().split(/\s+/);
    if (kind === 'DIRECT') return '';
    if ((kind === 'PROXY' || kind === 'HTTPS') && /^[\w.-]+(:\d+)?$|^\[[\da-f:]+\](:\d+)?$/i.test(address)) {
      return `${kind === 'HTTPS' ? 'https' : 'http'}://${address}`;
    }
  }
  return '';
}

/** Pool settings of the caller: keep-alive reads, or one fresh connection for a write-off. */
type PoolOptions = Pick<EnvHttpProxyAgent.Options, 'keepAliveTimeout' | 'pipelining'>;

/** An undici dispatcher that goes through the chosen proxy (CONNECT tunnel) and trusts exactly the chosen authorities. */
export function createDispatcher(
  settings: NetworkSettings,
  pool: PoolOptions,
  context: NetworkContext = DEFAULT_CONTEXT,
): Dispatcher {
  const tlsOptions = tlsOptionsTrusting(extraCertificates(settings, context));
  const proxies = proxyChoice(settings, context.env, context.systemProxy());
  // No proxy at all: a plain Agent, whose 'connect' event tells the write-off whether its own connection was ever made
  // (EnvHttpProxyAgent forwards no such event, so a proxied write-off can never be called "not sent").
  if (!proxies.httpProxy && !proxies.httpsProxy) return new Agent({ ...pool, connect: tlsOptions });
  return new EnvHttpProxyAgent({
    ...pool,
    ...proxies,
    // Direct connections, the tunnelled connection to the server, and an https:// proxy itself: the same trust.
    connect: tlsOptions,
    requestTls: tlsOptions,
    proxyTls: tlsOptions,
  });
}
