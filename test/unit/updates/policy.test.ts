// The update policy: when updates are on, the updater's state from its events, and what the cashier is told.
import { describe, expect, it } from 'vitest';
import type { CheckoutActivity } from '../../../electron/updates/gate';
import {
  NO_UPDATE,
  nextUpdaterState,
  updateStatus,
  updaterPlan,
  type UpdaterEvent,
  type UpdaterState,
} from '../../../electron/updates/policy';

const URL_SET = { updateUrl: 'https://updates.example.ru/loyalty-desk/' };
const installed = { platform: 'win32' as const, packaged: true, publishers: ['Loyalty Desk LLC'] };
const idle: CheckoutActivity = { writeOffsInFlight: 0, writeOffsInDoubt: 0, saleInProgress: false };

function replay(events: UpdaterEvent[]): UpdaterState {
  return events.reduce(nextUpdaterState, NO_UPDATE);
}

describe('updaterPlan', () => {
  it('is off by default: no update address', () => {
    expect(updaterPlan({ updateUrl: '' }, installed)).toEqual({ enabled: false, reason: 'no update address is set' });
  });

  it('is on for an installed Windows app with an address, fetching from that address', () => {
    expect(updaterPlan(URL_SET, installed)).toEqual({ enabled: true, feedUrl: URL_SET.updateUrl });
  });

  it('is off in a development run', () => {
    expect(updaterPlan(URL_SET, { ...installed, packaged: false })).toMatchObject({ enabled: false });
  });

  it('is off for a Windows build that names no signing publisher: electron-updater would install anything unsigned', () => {
    expect(updaterPlan(URL_SET, { ...installed, publishers: [] })).toEqual({
      enabled: false,
      reason: 'this build names no signing publisher',
    });
  });

  it('is off on Linux, which ships a deb only and updates it with apt', () => {
    expect(updaterPlan(URL_SET, { ...installed, platform: 'linux' })).toEqual({
      enabled: false,
      reason: 'a deb install is updated with apt',
    });
  });

  it('is off on macOS, where the gate could not hold a fetched update back', () => {
    expect(updaterPlan(URL_SET, { ...installed, platform: 'darwin' })).toMatchObject({ enabled: false });
  });
});

describe('nextUpdaterState', () => {
  it('follows a release from found to downloaded', () => {
    expect(replay([{ type: 'available', version: '1.1.0' }])).toEqual({ phase: 'downloading', version: '1.1.0' });
    expect(
      replay([
        { type: 'available', version: '1.1.0' },
        { type: 'downloaded', version: '1.1.0' },
      ]),
    ).toEqual({ phase: 'downloaded', version: '1.1.0' });
  });

  it('forgets an unfinished download that failed, so the next check starts again', () => {
    expect(replay([{ type: 'available', version: '1.1.0' }, { type: 'error' }])).toEqual(NO_UPDATE);
  });

  it('keeps a finished download through later failed or empty checks', () => {
    const downloaded = replay([
      { type: 'available', version: '1.1.0' },
      { type: 'downloaded', version: '1.1.0' },
    ]);
    expect(nextUpdaterState(downloaded, { type: 'error' })).toBe(downloaded);
    expect(nextUpdaterState(downloaded, { type: 'not-available' })).toBe(downloaded);
    expect(nextUpdaterState(downloaded, { type: 'available', version: '1.1.0' })).toBe(downloaded);
  });

  it('fetches a newer release found while an older one waits', () => {
    const downloaded = replay([
      { type: 'available', version: '1.1.0' },
      { type: 'downloaded', version: '1.1.0' },
    ]);
    expect(nextUpdaterState(downloaded, { type: 'available', version: '1.2.0' })).toEqual({
      phase: 'downloading',
      version: '1.2.0',
    });
  });
});

describe('updateStatus', () => {
  const downloaded: UpdaterState = { phase: 'downloaded', version: '1.1.0' };

  it('has nothing to say without an update, and says a download is under way', () => {
    expect(updateStatus(NO_UPDATE, idle, 'can-elevate')).toEqual({ state: 'none', version: null });
    expect(updateStatus({ phase: 'downloading', version: '1.1.0' }, idle, 'can-elevate')).toEqual({
      state: 'downloading',
      version: '1.1.0',
    });
  });

  it('installs a downloaded update on quit when the till is idle', () => {
    expect(updateStatus(downloaded, idle, 'can-elevate')).toEqual({ state: 'installing-on-quit', version: '1.1.0' });
  });

  it.each<[string, CheckoutActivity]>([
    ['a write-off in flight', { ...idle, writeOffsInFlight: 1 }],
    ['a write-off in doubt', { ...idle, writeOffsInDoubt: 1 }],
    ['a sale', { ...idle, saleInProgress: true }],
  ])('keeps a downloaded update waiting during %s', (_what, activity) => {
    expect(updateStatus(downloaded, activity, 'can-elevate')).toEqual({ state: 'ready', version: '1.1.0' });
  });

  it('says a manager installs the downloaded version on an account that cannot elevate, idle or not', () => {
    expect(updateStatus(downloaded, idle, 'cannot-elevate')).toEqual({ state: 'manager-installs', version: '1.1.0' });
    expect(updateStatus(downloaded, { ...idle, writeOffsInDoubt: 1 }, 'cannot-elevate')).toEqual({
      state: 'manager-installs',
      version: '1.1.0',
    });
    expect(updateStatus({ phase: 'downloading', version: '1.1.0' }, idle, 'cannot-elevate')).toEqual({
      state: 'downloading',
      version: '1.1.0',
    });
  });
});
