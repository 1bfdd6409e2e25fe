// The update gate: an update installs only when no write-off is in flight or in doubt and no sale is open.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canInstallUpdate, updateBlocker, type CheckoutActivity } from '../../../electron/updates/gate';

const idle: CheckoutActivity = { writeOffsInFlight: 0, writeOffsInDoubt: 0, saleInProgress: false };

describe('update gate', () => {
  it('lets an update install when the till is idle', () => {
    expect(canInstallUpdate(idle)).toBe(true);
    expect(updateBlocker(idle)).toBeNull();
  });

  it('holds an update back while a write-off is in flight', () => {
    expect(updateBlocker({ ...idle, writeOffsInFlight: 1 })).toBe('write-off-in-flight');
  });

  it('holds an update back while a write-off is in doubt', () => {
    expect(updateBlocker({ ...idle, writeOffsInDoubt: 2 })).toBe('write-off-in-doubt');
  });

  it('holds an update back during a sale', () => {
    expect(updateBlocker({ ...idle, saleInProgress: true })).toBe('sale-in-progress');
  });

  it('names the write-off before the sale when both hold it back', () => {
    expect(updateBlocker({ writeOffsInFlight: 1, writeOffsInDoubt: 1, saleInProgress: true })).toBe(
      'write-off-in-flight',
    );
  });

  it('opens only when every count is zero and no sale is open, for any activity', () => {
    fc.assert(
      fc.property(fc.nat(5), fc.nat(5), fc.boolean(), (writeOffsInFlight, writeOffsInDoubt, saleInProgress) => {
        const open = writeOffsInFlight === 0 && writeOffsInDoubt === 0 && !saleInProgress;
        expect(canInstallUpdate({ writeOffsInFlight, writeOffsInDoubt, saleInProgress })).toBe(open);
      }),
    );
  });
});
