// Navigation, new windows, external links and permissions on hostile input: nothing leaves the app's origin.
/* eslint-disable @microsoft/sdl/no-insecure-url -- the hostile URLs are the input under test: each must be refused */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../../electron/security/app-origin';
import {
  decideNavigation,
  decidePermission,
  decideWindowOpen,
  EXTERNAL_ORIGINS,
  externalLink,
} from '../../../electron/security/navigation';

const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'file:///etc/passwd',
  'file://C:/Windows/System32/calc.exe',
  'data:text/html,<script>alert(1)</script>',
  'blob:app://loyalty-desk/1234',
  'https://evil.example/',
  'http://127.0.0.1/index.html',
  'app://evil/index.html',
  'app://loyalty-desk.evil.example/',
  'app://user:pass@loyalty-desk/',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'smb://attacker/share',
  'ms-msdt:/id PCWDiagnostic',
  '',
  'not a url',
];

describe('decideNavigation', () => {
  it('allows the app’s own pages', () => {
    expect(decideNavigation(APP_ENTRY_URL)).toBe('allow');
    expect(decideNavigation('app://loyalty-desk/index.html#settings')).toBe('allow');
  });

  it.each(HOSTILE)('denies %j', (url) => expect(decideNavigation(url)).toBe('deny'));

  it('denies whatever is not a string, and any random text that is not an app URL', () => {
    for (const value of [null, undefined, 1, {}, [APP_ENTRY_URL]]) expect(decideNavigation(value)).toBe('deny');
    const appPrefixed = fc.string().map((rest) => `app://loyalty-desk${rest}`);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), appPrefixed), (text) => {
        // An empty port ("app://loyalty-desk:") is still the app's own origin.
        return decideNavigation(text) === 'deny' || /^app:\/\/loyalty-desk:?([/?#]|$)/i.test(text.trim());
      }),
    );
  });
});

describe('decideWindowOpen', () => {
  it.each([APP_ENTRY_URL, ...HOSTILE])('never opens a window for %j, nor hands it to the system', (url) => {
    expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: null });
  });

  it('hands only an allow-listed https origin to the system browser', () => {
    const allowed = ['https://help.loyalty.example'];
    expect(decideWindowOpen('https://help.loyalty.example/faq?q=1', allowed)).toEqual({
      action: 'deny',
      openExternally: 'https://help.loyalty.example/faq?q=1',
    });
  });
});

describe('externalLink', () => {
  const allowed = ['https://help.loyalty.example'];

  it('has an empty allow-list: the app links nowhere today', () => {
    expect(EXTERNAL_ORIGINS).toEqual([]);
    expect(externalLink('https://help.loyalty.example/')).toBeNull();
  });

  it.each([
    ...HOSTILE,
    'http://help.loyalty.example/',
    'https://help.loyalty.example.evil.example/',
    'https://evil.example/?https://help.loyalty.example',
    'https://help.loyalty.example@evil.example/',
    'https://user:pass@help.loyalty.example/',
    'https://help.loyalty.example:8443/',
    'https://sub.help.loyalty.example/',
  ])('refuses %j even with an allow-list', (url) => expect(externalLink(url, allowed)).toBeNull());

  it('normalises what it lets through', () => {
    expect(externalLink('HTTPS://HELP.loyalty.example/a b', allowed)).toBe('https://help.loyalty.example/a%20b');
  });

  it('lets nothing through for random input unless it is on the allowed origin', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true })), (text) => {
        const link = externalLink(text, allowed);
        return link === null || new URL(link).origin === 'https://help.loyalty.example';
      }),
    );
  });
});

describe('decidePermission', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fullscreen',
    'hid',
    'serial',
    'usb',
    'unknown',
  ])('refuses %s', (permission) => {
    expect(decidePermission(permission)).toBe(false);
  });
});
