// The loyalty data the window sees: plain JSON values only (ms timestamps, minor units), so IPC and the test bridge carry it unchanged.
import type { Minor } from './money';

export interface Client {
  id: number;
  name: string | null;
  phone: string | null;
  email: string | null;
}

export interface Balance {
  currency: string;
  /** What is available to write off, in minor units. */
  amount: Minor;
}

export interface Coupon {
  id: number;
  title: string;
  /** Valid up to and including this instant (ms). */
  expireDate: number;
}

export interface HistoryEntry {
  /** As the server gives it; the sign is not documented (NOTES.md §5). */
  amount: Minor;
  currency: string;
  transactionDate: number;
  transactionId: string;
}

export interface WriteOffRequest {
  clientId: number;
  balance: { currency: string; amount: Minor }[];
  coupons: number[];
}
