// Kiosk mode's window options.
import { describe, expect, it } from 'vitest';
import { kioskWindowOptions } from '../../../electron/lifecycle/kiosk';

describe('kioskWindowOptions', () => {
  it('adds nothing to a plain window', () => {
    expect(kioskWindowOptions({ kiosk: false })).toEqual({});
  });

  it('makes a kiosk window full screen, frameless and without a menu bar', () => {
    expect(kioskWindowOptions({ kiosk: true })).toEqual({
      kiosk: true,
      fullscreen: true,
      frame: false,
      autoHideMenuBar: true,
    });
  });
});
