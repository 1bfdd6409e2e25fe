// What the main side says about this terminal (training or live mode), asked once when the window opens.
import type { AppInfo } from '../../../electron/ipc/contract';
import { locale } from '../i18n/locale.svelte';
import { pos } from '../lib/pos';

class AppInfoState {
  info = $state<AppInfo | null>(null);
  training = $derived(this.info?.mode === 'training');

  async load(): Promise<void> {
    const result = await pos.appInfo(undefined);
    if (!result.ok) return;
    this.info = result.value;
    // The manager's language setting is where the window starts; the cashier's toggle changes it until the next start.
    locale.current = result.value.language;
  }
}

export const appInfo = new AppInfoState();
