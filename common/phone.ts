// Phone numbers as a cashier types them, reduced to what the loyalty API can search (NOTES.md §7).

/** The national number: Russian numbers have ten digits after the country code. */
export const NATIONAL_DIGITS = 10;
/** Fewer digits than this match too many clients to be worth a request. */
export const MIN_SEARCH_DIGITS = 4;

/** Every digit typed, at most the last ten: "+7 (912) 345-67-89" and "8 912 345 67 89" both give "9123456789". */
export function phoneDigits(input: string): string {
  return input.replace(/\D/g, '').slice(-NATIONAL_DIGITS);
}

/**
 * Whether what is typed is a whole number, nothing more to come: ten digits that do not start with a country code or
 * trunk prefix (7 or 8, as the field's mask reads them), or eleven digits or more. A search for it need not wait for the
 * cashier to pause.
 */
export function isWholeNumber(input: string): boolean {
  const digits = input.replace(/\D/g, '');
  return digits.length > NATIONAL_DIGITS || (digits.length === NATIONAL_DIGITS && !/^[78]/.test(digits));
}

/**
 * The search pattern for a typed phone, or null when too few digits were typed.
 * A leading `%` matches by trailing digits, so a full number finds the client whichever country prefix the server stored.
 */
export function phoneSearchPattern(input: string): string | null {
  const digits = phoneDigits(input);
  return digits.length >= MIN_SEARCH_DIGITS ? `%${digits}` : null;
}
