// The active language: Russian unless the cashier switches; components read `t` and re-render when it changes.
import { en } from './en';
import { ru, type Messages } from './ru';

export type Locale = 'ru' | 'en';

const catalogs: Record<Locale, Messages> = { ru, en };

class LocaleState {
  current = $state<Locale>('ru');
  t = $derived(catalogs[this.current]);

  set(next: Locale): void {
    this.current = next;
    // Screen readers pick their voice from the page's language.
    document.documentElement.lang = next;
  }

  toggle(): void {
    this.set(this.current === 'ru' ? 'en' : 'ru');
  }
}

export const locale = new LocaleState();
