// The installation settings: safe defaults, and an update address only over HTTPS.
import { describe, expect, it } from 'vitest';
import { readInstallation } from '../../../electron/settings/installation';

const DEFAULTS = { kiosk: false, startAtLogin: false, updateUrl: '' };

describe('readInstallation', () => {
  it('defaults to a plain window, no autostart and no updates', () => {
    expect(readInstallation(undefined)).toEqual(DEFAULTS);
    expect(readInstallation({})).toEqual(DEFAULTS);
  });

  it('keeps what the manager set', () => {
    const settings = { kiosk: true, startAtLogin: true, updateUrl: 'https://updates.example.ru/loyalty-desk/' };
    expect(readInstallation(settings)).toEqual(settings);
  });

  it.each([
    // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- the point: plain http is refused
    ['plain http', 'http://updates.example.ru/'],
    ['a file URL', 'file:///C:/updates/'],
    ['not a URL', 'updates.example.ru'],
  ])('falls back to the defaults for an update address that is %s', (_what, updateUrl) => {
    expect(readInstallation({ kiosk: true, updateUrl })).toEqual(DEFAULTS);
  });

  it('falls back to the defaults when a field has the wrong type', () => {
    expect(readInstallation({ kiosk: 'yes' })).toEqual(DEFAULTS);
    expect(readInstallation('kiosk')).toEqual(DEFAULTS);
  });
});
