// Whether the server's own words may be shown to the cashier: only a short line of plain text in the window's language.
import type { Locale } from './locale.svelte';

/** Longer than this is no message for a cashier (a stack trace, an HTML page, a JSON dump). */
export const MAX_SERVER_WORDS = 140;

const CYRILLIC = /[А-Яа-яЁё]/g;
const LATIN = /[A-Za-z]/g;
/** What a line meant for people does not contain: markup, code, paths of a stack trace, several lines. */
const NOT_FOR_PEOPLE = /[<>{}[\]\\\n\r\t]|\bat\s+[\w$.]+\(|\bException\b|\bError:|\bnull\b|\bundefined\b|https?:\/\//;

/**
 * The server's message as it may be shown, or null when it may not: then the window says the plain message it has for
 * the error's code, and the server's text stays in the main side's log. A Russian window shows only Russian words
 * (Latin letters are allowed for names like "SMS"), an English window only text without Cyrillic.
 */
export function serverWords(message: string, language: Locale): string | null {
  const text = message.trim();
  if (text === '' || text.length > MAX_SERVER_WORDS || NOT_FOR_PEOPLE.test(text)) return null;
  const cyrillic = text.match(CYRILLIC)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (language === 'ru') return cyrillic >= 3 && cyrillic > latin ? text : null;
  return latin >= 3 && cyrillic === 0 ? text : null;
}
