// The one owner of the manager's screens and the window's global keys: F9 and F10, and what shows over the cashier's flow.
import { describe, expect, it } from 'vitest';
import { managerScreens } from '../../../../renderer/src/state/manager-screens.svelte';

function press(key: string): void {
  managerScreens.keys()[key]?.();
}

describe('the manager screens', () => {
  it('F9 opens and closes the journal, Esc leaves it, F10 opens the settings over it and closing them returns to it', () => {
    expect(managerScreens.shown).toBeNull();
    press('F9');
    expect(managerScreens.shown).toBe('journal');
    press('F9');
    expect(managerScreens.shown).toBeNull();
    press('F9');
    press('Escape');
    expect(managerScreens.shown).toBeNull();
    press('F9');
    press('F10');
    expect(managerScreens.shown).toBe('settings');
    managerScreens.closeSettings();
    expect(managerScreens.shown).toBe('journal');
    managerScreens.closeJournal();
  });

  it('leaves F9 and Esc to the settings while they are open, so the journal never opens behind them', () => {
    press('F10');
    expect(managerScreens.keys()).toEqual({});
    press('F9');
    managerScreens.closeSettings();
    expect(managerScreens.shown).toBeNull();
    // Esc means nothing globally on the cashier's own screens: each screen's key table has it.
    expect(managerScreens.keys().Escape).toBeUndefined();
  });
});
