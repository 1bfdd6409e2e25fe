// Phone numbers on screen: the field's mask, which groups whatever is typed without forcing a prefix, and stored phones for reading.
import { Mask } from 'maska';

/** More digits than this is no phone number the mask knows; such a stored phone is shown as it is. */
const MAX_MASKED_DIGITS = 11;

/**
 * The mask for what is in the field now, chosen by how many digits it holds, so it never gets in the way:
 * four digits (the end of a number, NOTES.md §7) stay as typed, "+7…", "8…" and a bare ten-digit number
 * each get their usual grouping, and pasting any of those works.
 */
export function phoneMask(value: string): string {
  if (value.trimStart().startsWith('+')) return '+# (###) ###-##-##';
  const digits = value.replace(/\D/g, '').length;
  if (digits <= 4) return '####';
  if (digits <= 7) return '###-##-##';
  if (digits <= 10) return '(###) ###-##-##';
  return '# (###) ###-##-##';
}

const mask = new Mask({ mask: phoneMask });

/** A stored phone grouped for reading: "7912345678" → "(791) 234-56-78", "79161234567" → "7 (916) 123-45-67". */
export function formatPhone(stored: string): string {
  return stored.replace(/\D/g, '').length > MAX_MASKED_DIGITS ? stored : mask.masked(stored);
}

/** What a list of several customers shows: only the last four digits, which the customer can confirm aloud. */
export function partlyHiddenPhone(stored: string): string {
  const shown = formatPhone(stored);
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
