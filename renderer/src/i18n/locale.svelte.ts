// The active language: Russian unless the cashier switches; components read `t` and re-render when it changes.
import { en } from './en';
import { ru, type Messages } from './ru';

export type Locale = 'ru' | 'en';

const catalogs: Record<Locale, Messages> = { ru, en };

class LocaleState {
  current = $state<Locale>('ru');
  t = $derived(catalogs[this.current]);
}

export const locale = new LocaleState();
