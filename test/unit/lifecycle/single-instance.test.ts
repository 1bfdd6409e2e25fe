// A second launch: which steps bring the running window forward.
import { describe, expect, it } from 'vitest';
import { decideSecondInstance } from '../../../electron/lifecycle/single-instance';

describe('decideSecondInstance', () => {
  it('only focuses a window that is already on screen', () => {
    expect(decideSecondInstance({ minimized: false, visible: true })).toEqual(['focus']);
  });

  it('restores a minimized window before focusing it', () => {
    expect(decideSecondInstance({ minimized: true, visible: true })).toEqual(['restore', 'focus']);
  });

  it('shows a hidden window before focusing it', () => {
    expect(decideSecondInstance({ minimized: false, visible: false })).toEqual(['show', 'focus']);
  });

  it('restores, shows and focuses a window that is both minimized and hidden, in that order', () => {
    expect(decideSecondInstance({ minimized: true, visible: false })).toEqual(['restore', 'show', 'focus']);
  });

  it('does nothing while the window does not exist yet: it shows itself when ready', () => {
    expect(decideSecondInstance(null)).toEqual([]);
  });
});
