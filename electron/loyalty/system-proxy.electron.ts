// Shell: the proxy the operating system's settings name for the loyalty API (Windows' and macOS' proxy settings, a PAC
// script included), read through Chromium's resolver and handed to the loyalty client as its last choice, after the
// manager's proxy and the environment's.
import { session } from 'electron';
import log from 'electron-log/main';
import { proxyFromResolution, useSystemProxy } from './network';

/** Proxy settings rarely change; a minute keeps a changed one (or a new API address) from waiting long. */
const REFRESH_MS = 60_000;

export function setupSystemProxy(apiUrl: () => string): void {
  let current = '';
  useSystemProxy(() => current);
  const refresh = () => {
    const url = apiUrl();
    if (url === '') return;
    session.defaultSession.resolveProxy(url).then(
      (resolution) => {
        const next = proxyFromResolution(resolution);
        // The proxy's address only: a PAC answer never carries credentials, and the API's URL is not logged.
        if (next !== current) log.info(`network: the system proxy for the loyalty API is ${next || 'none'}`);
        current = next;
      },
      (error: unknown) => log.warn('network: the system proxy settings could not be read', error),
    );
  };
  refresh();
  setInterval(refresh, REFRESH_MS);
}
