// Whether a downloaded update may be installed as the app quits: only at a normal quit, by an account that can approve
// the installer's elevation, with no write-off open. Otherwise it waits, and the terminal says a manager installs it.
import type { UpdateBlocker } from './gate';

/**
 * Whether the running Windows account can elevate. The app is installed per machine, so its installer asks for an
 * administrator: an administrator's account approves the prompt itself; a cashier's standard account cannot, and an
 * installer started there would wait on a prompt nobody at the till can answer.
 */
export type Elevation = 'can-elevate' | 'cannot-elevate';

export interface QuitContext {
  /** Why the checkout holds updates back now, or null (gate.ts). */
  blocker: UpdateBlocker | null;
  elevation: Elevation;
  /** Windows is logging off, restarting or shutting down: an installer started now would be cut off half way. */
  sessionEnding: boolean;
}

export type QuitDecision = { install: true } | { install: false; reason: string };

export function installAtQuit({ blocker, elevation, sessionEnding }: QuitContext): QuitDecision {
  // First: whatever else holds, a session that ends kills an installer mid-copy and leaves a broken program behind.
  if (sessionEnding) return { install: false, reason: 'the Windows session is ending' };
  if (elevation === 'cannot-elevate')
    return { install: false, reason: 'this account cannot approve the installer; a manager installs it' };
  if (blocker) return { install: false, reason: blocker };
  return { install: true };
}

/** The Administrators group's SID: in the token of an administrator, elevated or not; absent from a standard user's. */
const ADMINISTRATORS_SID = 'S-1-5-32-544';

/**
 * Reads `whoami /groups /fo csv /nh`. An administrator under UAC has the group "for deny only" until the prompt is
 * approved, and approving it needs no one else: present in any form means the account can elevate.
 */
export function elevationFromGroups(whoamiCsv: string): Elevation {
  return whoamiCsv
    .split(/\r?\n/)
    .some((line) => line.split('","').some((cell) => cell.replaceAll('"', '') === ADMINISTRATORS_SID))
    ? 'can-elevate'
    : 'cannot-elevate';
}
