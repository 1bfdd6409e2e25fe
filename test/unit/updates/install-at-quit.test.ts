// When a downloaded update installs at quit: never as the session ends, never for an account that cannot approve the
// installer, never with a write-off open; and how whoami's groups tell whether the account can elevate.
import { describe, expect, it } from 'vitest';
import { elevationFromGroups, installAtQuit, type QuitContext } from '../../../electron/updates/install-at-quit';

const normalQuit: QuitContext = { blocker: null, elevation: 'can-elevate', sessionEnding: false };

describe('installAtQuit', () => {
  it('installs at a normal quit by an account that can elevate, with the till idle', () => {
    expect(installAtQuit(normalQuit)).toEqual({ install: true });
  });

  it.each<[string, Partial<QuitContext>, string]>([
    ['a log-off, restart or shutdown', { sessionEnding: true }, 'the Windows session is ending'],
    [
      'a cashier account',
      { elevation: 'cannot-elevate' },
      'this account cannot approve the installer; a manager installs it',
    ],
    ['a write-off in doubt', { blocker: 'write-off-in-doubt' }, 'write-off-in-doubt'],
    [
      'a session ending on a cashier account with a write-off open',
      { sessionEnding: true, elevation: 'cannot-elevate', blocker: 'write-off-in-flight' },
      'the Windows session is ending',
    ],
  ])('does not install at %s', (_what, change, reason) => {
    expect(installAtQuit({ ...normalQuit, ...change })).toEqual({ install: false, reason });
  });
});

// `whoami /groups /fo csv /nh` as Windows prints it (names localised, SIDs not).
const everyone = '"Everyone","Well-known group","S-1-1-0","Mandatory group, Enabled by default, Enabled group"';
const users = '"BUILTIN\\Пользователи","Alias","S-1-5-32-545","Mandatory group, Enabled by default, Enabled group"';
const adminsDenyOnly = '"BUILTIN\\Администраторы","Alias","S-1-5-32-544","Group used for deny only"';
const adminsEnabled =
  '"BUILTIN\\Administrators","Alias","S-1-5-32-544","Mandatory group, Enabled by default, Enabled group, Group owner"';
const lookalike =
  '"LOYALTY\\S-1-5-32-544 fans","Group","S-1-5-21-1-2-3-5544","Mandatory group, Enabled by default, Enabled group"';

describe('elevationFromGroups', () => {
  it('finds an administrator, elevated or held back by UAC until the prompt is approved', () => {
    expect(elevationFromGroups([everyone, adminsDenyOnly, users].join('\r\n'))).toBe('can-elevate');
    expect(elevationFromGroups([everyone, adminsEnabled].join('\r\n'))).toBe('can-elevate');
  });

  it('finds a standard account (a cashier) cannot, whatever its groups are called', () => {
    expect(elevationFromGroups([everyone, users, lookalike].join('\r\n'))).toBe('cannot-elevate');
    expect(elevationFromGroups('')).toBe('cannot-elevate');
  });
});
