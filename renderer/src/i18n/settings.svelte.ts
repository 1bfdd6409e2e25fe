// The settings screens' strings in the active language (their own block at the end of ru.ts and en.ts).
import { enSettings } from './en';
import { locale } from './locale.svelte';
import { ruSettings } from './ru';

class SettingsText {
  t = $derived(locale.current === 'en' ? enSettings : ruSettings);
}

export const settingsText = new SettingsText();
