// The start-up self-check: offered only to a caller naming an absolute .json report, and passed only by a window that
// came from app://, drew itself and answered a call over IPC.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  selfCheckReport,
  selfCheckRequest,
  selfCheckVerdict,
  type SelfCheckObservations,
} from '../../../electron/lifecycle/self-check';
import { APP_ENTRY_URL } from '../../../electron/security/app-origin';

const report = path.resolve('/tmp/self-check.json');

describe('selfCheckRequest', () => {
  it('is null without the flag: the app starts as always', () => {
    expect(selfCheckRequest(['loyalty-desk', '--provision', 'p.json'])).toBeNull();
  });

  it('runs the check for an absolute .json report file', () => {
    expect(selfCheckRequest(['loyalty-desk', `--self-check=${report}`])).toEqual({ reportFile: report });
  });

  it.each([
    ['--self-check'],
    ['--self-check='],
    ['--self-check=report.json'],
    ['--self-check=../r.json'],
    [`--self-check=${path.resolve('/tmp/report.txt')}`],
  ])('refuses %s: nobody named where the answer goes', (flag) => {
    expect(selfCheckRequest(['loyalty-desk', flag])).toEqual({ refused: expect.stringContaining('absolute path') });
  });
});

const passing: SelfCheckObservations = {
  packaged: true,
  version: '1.2.3',
  platform: 'win32',
  windowUrl: APP_ENTRY_URL,
  rendered: true,
  ipcAnswer: { ok: true, value: { mode: 'live', version: '1.2.3', language: 'en' } },
  settings: { mode: 'live', terminalId: 'CI-01', language: 'en', secretSet: true },
  provisioning: { outcome: 'applied', secretRemovedFromFile: true, secretStillInFile: false },
  failure: null,
};

describe('selfCheckReport', () => {
  it('passes a window from the app protocol that rendered and answered over IPC', () => {
    const result = selfCheckReport(passing);
    expect(result.ok).toBe(true);
    expect(result.checks.every((check) => check.ok)).toBe(true);
    expect(result.settings).toEqual(passing.settings);
  });

  it.each([
    [
      'a window from file://',
      { windowUrl: 'file:///C:/Program%20Files/Loyalty%20Desk/resources/index.html' },
      'window loaded from the app protocol',
    ],
    ['a window that never loaded', { windowUrl: null }, 'window loaded from the app protocol'],
    ['an empty page', { rendered: false }, 'page rendered'],
    ['a failed call', { ipcAnswer: { ok: false, error: { code: 'internal', message: 'x' } } }, 'IPC call answered'],
    ['no answer', { ipcAnswer: undefined }, 'IPC call answered'],
    ['a time-out', { failure: 'not finished within 90000 ms' }, 'finished in time, without errors'],
  ])('fails %s', (_what, change, failedCheck) => {
    const result = selfCheckReport({ ...passing, ...change });
    expect(result.ok).toBe(false);
    expect(result.checks.filter((check) => !check.ok).map((check) => check.name)).toEqual([failedCheck]);
  });
});

describe('selfCheckVerdict', () => {
  it('has nothing to say of a passing packaged report with the provisioned settings', () => {
    expect(
      selfCheckVerdict(selfCheckReport(passing), {
        packaged: true,
        settings: { mode: 'live', terminalId: 'CI-01' },
        secretStillInFile: false,
      }),
    ).toEqual([]);
  });

  it('names every difference: a failed check, an unpackaged app, settings not provisioned, a secret left in the file', () => {
    const observed = selfCheckReport({
      ...passing,
      packaged: false,
      rendered: false,
      settings: { ...passing.settings, mode: 'training' },
      provisioning: { outcome: 'applied', secretRemovedFromFile: false, secretStillInFile: true },
    });
    expect(
      selfCheckVerdict(observed, { packaged: true, settings: { mode: 'live' }, secretStillInFile: false }),
    ).toEqual([
      'failed: page rendered',
      'packaged is false',
      'settings.mode is "training", expected "live"',
      'provisioning secretStillInFile is true, expected false',
    ]);
  });
});
