// The Content-Security-Policy of the window: only the app's own scripts and styles, no network from the page at all.

/**
 * The page talks to nothing but the preload bridge, so connect-src is 'none'; Svelte's scoped styles are emitted as
 * files by Vite, so no 'unsafe-inline' is needed for styles or scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** The same policy for the page's own <meta> tag (a second line of defence); frame-ancestors is ignored there, so it is left out. */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');
