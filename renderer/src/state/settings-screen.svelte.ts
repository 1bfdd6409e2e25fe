// The settings screen's flow: the PIN first (chosen on first use), then the form; whether the form was edited, and
// whether Esc is asking before edits are thrown away. The screen keeps the focus and the markup.
import type { SettingsView } from '../../../common/settings';
import { settingsText } from '../i18n/settings.svelte';
import { pos } from '../lib/pos';

export type SettingsStage =
  | { name: 'loading' }
  | { name: 'pin'; creating: boolean; notice: string; retryAfterMs: number }
  | { name: 'form'; view: SettingsView };

/** What Esc does now: go back to editing, ask before throwing edits away, or close the settings. */
export type EscapeMeans = 'keep-editing' | 'ask-to-discard' | 'close';

export class SettingsScreenState {
  stage = $state<SettingsStage>({ name: 'loading' });
  /** Something in the form was changed since it was opened or saved: Esc asks before throwing it away. */
  edited = $state(false);
  askingToDiscard = $state(false);

  /** The PIN prompt, with a notice (why it is asked again) when there is one. */
  async askForPin(notice: string): Promise<void> {
    const status = await pos.pinStatus();
    this.stage = {
      name: 'pin',
      creating: status.ok && !status.value.pinSet,
      notice,
      retryAfterMs: status.ok ? status.value.retryAfterMs : 0,
    };
  }

  /** The form with the stored settings; back to the PIN when they locked meanwhile. True when the form just opened. */
  async showForm(): Promise<boolean> {
    const result = await pos.getSettings();
    if (!result.ok) {
      await this.askForPin(settingsText.t.locked);
      return false;
    }
    const first = this.stage.name !== 'form';
    this.stage = { name: 'form', view: result.value };
    this.edited = false;
    return first;
  }

  escapeMeans(): EscapeMeans {
    if (this.askingToDiscard) return 'keep-editing';
    return this.stage.name === 'form' && this.edited ? 'ask-to-discard' : 'close';
  }

  /** Locks the settings again on the main side. */
  async close(): Promise<void> {
    await pos.lockSettings();
  }
}
