// Phone numbers on screen: the field's mask, which groups whatever is typed without forcing a prefix, and stored phones for reading.
import { Mask } from 'maska';

const WITH_PREFIX = '# (###) ###-##-##';
const NATIONAL = '(###) ###-##-##';

const digitsOf = (value: string) => value.replace(/\D/g, '');

/**
 * The mask for what is in the field now, so it never gets in the way: four digits (the end of a number,
 * NOTES.md §7) stay as typed; "+7…", and a number starting with 7 or 8 (the country code and the trunk
 * prefix, which is how a cashier who types a whole number starts it), get the prefix grouping as they are
 * typed; anything else is grouped as a local, then a national number. Pasting any of these works.
 */
export function phoneMask(value: string): string {
  if (value.trimStart().startsWith('+')) return `+${WITH_PREFIX}`;
  const digits = digitsOf(value);
  if (digits.length <= 4) return '####';
  if (digits.startsWith('7') || digits.startsWith('8')) return WITH_PREFIX;
  if (digits.length <= 7) return '###-##-##';
  return digits.length <= 10 ? NATIONAL : WITH_PREFIX;
}

/** A stored phone is complete: grouped by its length alone, so "7912345678" reads as the ten digits it is. */
const stored = new Mask({
  mask: (value) => {
    const digits = digitsOf(value);
    if (digits.length === 10) return NATIONAL;
    return digits.startsWith('7') ? `+${WITH_PREFIX}` : WITH_PREFIX;
  },
});

/** A stored phone grouped for reading: "7912345678" → "(791) 234-56-78", "79161234567" → "+7 (916) 123-45-67". */
export function formatPhone(phone: string): string {
  const count = digitsOf(phone).length;
  return count === 10 || count === 11 ? stored.masked(phone) : phone;
}

/** What a list of several customers shows: only the last four digits, which the customer can confirm aloud. */
export function partlyHiddenPhone(phone: string): string {
  const shown = formatPhone(phone);
  let keep = 4;
  return [...shown]
    .reverse()
    .map((char) => {
      if (!/\d/.test(char)) return char;
      if (keep > 0) {
        keep -= 1;
        return char;
      }
      return '•';
    })
    .reverse()
    .join('');
}
