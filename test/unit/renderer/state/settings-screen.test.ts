// The settings screen's flow in Node: the PIN first (chosen when none is set), the form once unlocked, back to the PIN
// when the settings locked meanwhile, and what Esc means at each point.
import { describe, expect, it, vi } from 'vitest';
import { VALID_FORM } from '../../../support/settings-form';

let settingsAnswer: unknown = { ok: false, error: { code: 'forbidden', message: 'locked' } };
const locked: string[] = [];
vi.stubGlobal('window', {
  pos: {
    pinStatus: async () => ({ ok: true, value: { pinSet: false, retryAfterMs: 0 } }),
    getSettings: async () => settingsAnswer,
    lockSettings: async () => (locked.push('locked'), { ok: true, value: { locked: true } }),
  },
});
const { SettingsScreenState } = await import('../../../../renderer/src/state/settings-screen.svelte');

describe('the settings screen state', () => {
  it('asks for a PIN to be chosen, goes back to it when the settings locked, and opens the form once unlocked', async () => {
    const screen = new SettingsScreenState();
    expect(screen.escapeMeans()).toBe('close');
    await screen.askForPin('');
    expect(screen.stage).toEqual({ name: 'pin', creating: true, notice: '', retryAfterMs: 0 });
    expect(await screen.showForm()).toBe(false);
    expect(screen.stage).toMatchObject({ name: 'pin', notice: 'Время сеанса настроек истекло, введите PIN снова' });
    settingsAnswer = { ok: true, value: { ...VALID_FORM, secretSet: false } };
    expect(await screen.showForm()).toBe(true);
    expect(screen.stage).toMatchObject({ name: 'form', view: { terminalId: 'KASSA-1' } });
    // Read again after a save: the form stays, and is no longer the first showing.
    expect(await screen.showForm()).toBe(false);
  });

  it('lets Esc close an untouched form, ask before throwing edits away, and then go back to editing', async () => {
    const screen = new SettingsScreenState();
    settingsAnswer = { ok: true, value: { ...VALID_FORM, secretSet: false } };
    await screen.showForm();
    expect(screen.escapeMeans()).toBe('close');
    screen.edited = true;
    expect(screen.escapeMeans()).toBe('ask-to-discard');
    screen.askingToDiscard = true;
    expect(screen.escapeMeans()).toBe('keep-editing');
    await screen.close();
    expect(locked).toEqual(['locked']);
  });
});
