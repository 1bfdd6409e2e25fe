// The app-origin check on hostile input: only app://loyalty-desk URLs are the app's own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from '../../../electron/security/app-origin';

describe('isAppUrl', () => {
  it('accepts the app page and its assets', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://loyalty-desk/assets/index.js')).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'https://loyalty-desk/',
    'http://127.0.0.1/index.html',
    'app://evil/index.html',
    'app://loyalty-desk.evil.com/',
    'app://user:pass@loyalty-desk/',
    'APP://LOYALTY-DESK/index.html'.replace('APP', 'blob'),
    '',
    'not a url',
  ])('refuses %j', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('refuses anything that is not a string', () => {
    for (const value of [null, undefined, 42, {}, ['app://loyalty-desk/'], new URL(APP_ENTRY_URL)])
      expect(isAppUrl(value)).toBe(false);
  });

  it('never accepts a URL on another scheme or host, whatever its shape', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        expect(isAppUrl(url)).toBe(false);
      }),
    );
  });
});
