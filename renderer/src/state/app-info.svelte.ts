// What the main side says about this terminal (training or live mode, what a manager must hear), asked when the window
// opens and again whenever it comes to the front (a second launch with --provision brings it forward).
import type { AppInfo } from '../../../common/contract';
import { TILL_DEFAULTS } from '../../../common/settings-rules';
import { locale } from '../i18n/locale.svelte';
import { pos } from '../lib/pos';

class AppInfoState {
  info = $state<AppInfo | null>(null);
  training = $derived(this.info?.mode === 'training');
  notices = $derived(this.info?.notices ?? []);
  /** What a point counts towards a purchase, in kopecks, as the manager set it. */
  pointValue = $derived(this.info?.till.pointValueKopecks ?? TILL_DEFAULTS.pointValueKopecks);
  /** How long the till waits without input before it forgets the customer. */
  idleMs = $derived((this.info?.till.idleMinutes ?? TILL_DEFAULTS.idleMinutes) * 60_000);

  /** At start and after the settings change: the manager's language is where the window starts. */
  async load(): Promise<void> {
    if (await this.refresh()) locale.current = this.info!.language;
  }

  /** Asks again without touching the language the cashier may have switched to. */
  async refresh(): Promise<boolean> {
    const result = await pos.appInfo();
    if (result.ok) this.info = result.value;
    return result.ok;
  }
}

export const appInfo = new AppInfoState();
