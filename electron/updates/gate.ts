// When a downloaded update may be installed: never while a write-off is in flight or in doubt, nor in the middle of a sale.

/** What the checkout is doing at this moment; the journal of write-offs answers for the first two. */
export interface CheckoutActivity {
  /** Write-offs sent to the server whose answer has not come back yet. */
  writeOffsInFlight: number;
  /** Write-offs whose outcome is unknown until reading back settles them (NOTES.md §3). */
  writeOffsInDoubt: number;
  /** A customer is open at the till. */
  saleInProgress: boolean;
}

export type UpdateBlocker = 'write-off-in-flight' | 'write-off-in-doubt' | 'sale-in-progress';

/** Why an update must wait, or null when it may be installed now. */
export function updateBlocker(activity: CheckoutActivity): UpdateBlocker | null {
  // The code that sent a write-off is the code that settles it: an installer must not replace it half-way.
  if (activity.writeOffsInFlight > 0) return 'write-off-in-flight';
  if (activity.writeOffsInDoubt > 0) return 'write-off-in-doubt';
  // The installer runs as the app closes; a cashier who closes and reopens mid-sale must not wait for it.
  if (activity.saleInProgress) return 'sale-in-progress';
  return null;
}

export function canInstallUpdate(activity: CheckoutActivity): boolean {
  return updateBlocker(activity) === null;
}
