// Where the window may go: nowhere but the app's own pages; new windows never; external links only to an allow-list.
import { isAppUrl } from './app-origin';

/**
 * Sites the app may hand to the system browser. Empty: the app links nowhere today. An entry is an exact https origin,
 * so a look-alike host, another port or another scheme never matches.
 */
export const EXTERNAL_ORIGINS: readonly string[] = [];

export type NavigationDecision = 'allow' | 'deny';

/** In-window navigation (will-navigate, will-redirect, will-frame-navigate): only within the app's origin. */
export function decideNavigation(url: unknown): NavigationDecision {
  return isAppUrl(url) ? 'allow' : 'deny';
}

/** window.open and target=_blank: never a new Electron window; an allow-listed https link goes to the system browser. */
export function decideWindowOpen(
  url: unknown,
  allowed: readonly string[] = EXTERNAL_ORIGINS,
): { action: 'deny'; openExternally: string | null } {
  return { action: 'deny', openExternally: externalLink(url, allowed) };
}

/** The URL to give shell.openExternal, or null: only https, no credentials, origin exactly on the allow-list. */
export function externalLink(url: unknown, allowed: readonly string[] = EXTERNAL_ORIGINS): string | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return null;
  return allowed.includes(parsed.origin) ? parsed.href : null;
}

/** Camera, microphone, notifications, geolocation, clipboard…: the app needs none, so every request and check is refused. */
export function decidePermission(_permission: string): boolean {
  return false;
}
