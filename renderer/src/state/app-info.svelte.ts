// What the main side says about this terminal (training or live mode), asked once when the window opens.
import type { AppInfo } from '../../../electron/ipc/contract';
import { pos } from '../lib/pos';

class AppInfoState {
  info = $state<AppInfo | null>(null);
  training = $derived(this.info?.mode === 'training');

  async load(): Promise<void> {
    const result = await pos.appInfo(undefined);
    if (result.ok) this.info = result.value;
  }
}

export const appInfo = new AppInfoState();
