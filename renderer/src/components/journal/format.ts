// How the journal screen writes times and amounts: exact minor units to text, in the window's language.
import { minorToInputText } from '../../../../common/money';
import type { Locale } from '../../i18n/locale.svelte';
import type { Messages } from '../../i18n/ru';

export function formatTime(ms: number, locale: Locale): string {
  return new Date(ms).toLocaleTimeString(locale === 'ru' ? 'ru-RU' : 'en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

export function formatAmount(amount: number, currency: string, locale: Locale, t: Messages): string {
  return `${minorToInputText(amount, locale === 'ru' ? ',' : '.')} ${t.journal.currencies[currency] ?? currency}`;
}
