// The app's own origin: the custom protocol the window is served from, and the test that a URL belongs to it.

export const APP_SCHEME = 'app';
export const APP_HOST = 'loyalty-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for a well-formed URL on the app's own origin; anything unparsable is foreign. */
export function isAppUrl(candidate: unknown): boolean {
  if (typeof candidate !== 'string') return false;
  try {
    const url = new URL(candidate);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
