// When the app looks for updates, what it makes of the updater's events, and what the cashier is told about them.
import type { UpdateStatus } from '../../common/contract';
import { canInstallUpdate, type CheckoutActivity } from './gate';
import type { Elevation } from './install-at-quit';

/** A minute after start, so the first check never competes with the cashier's first search. */
export const FIRST_CHECK_DELAY_MS = 60_000;
export const CHECK_INTERVAL_MS = 4 * 60 * 60_000;

export interface UpdaterContext {
  platform: NodeJS.Platform;
  packaged: boolean;
  /** The publisher names this build was made with (publisher.ts): an update must be signed by one of them. */
  publishers: readonly string[];
}

export type UpdaterPlan = { enabled: true; feedUrl: string } | { enabled: false; reason: string };

/**
 * Whether this terminal updates itself, and from where. Off unless the manager gave an update address, and off unless
 * what is fetched can be checked for the publisher's signature: whoever answers at the update address (or edits it)
 * would otherwise choose the code the terminal runs next.
 */
export function updaterPlan(settings: { updateUrl: string }, context: UpdaterContext): UpdaterPlan {
  if (!context.packaged) return { enabled: false, reason: 'not an installed app' };
  if (settings.updateUrl === '') return { enabled: false, reason: 'no update address is set' };
  if (context.platform === 'win32') {
    // electron-updater skips the signature check when the build names no publisher, so such a build must not update.
    if (context.publishers.length === 0) return { enabled: false, reason: 'this build names no signing publisher' };
    return { enabled: true, feedUrl: settings.updateUrl };
  }
  // Linux ships as a deb only (no AppImage, README "Linux packages"): the package manager updates it; installing one from
  // here would ask the cashier for a root password.
  if (context.platform === 'linux') return { enabled: false, reason: 'a deb install is updated with apt' };
  if (context.platform === 'darwin') {
    // Squirrel.Mac installs a fetched update on quit whatever the app says, so the write-off gate could not hold it back.
    return { enabled: false, reason: 'macOS terminals are updated by installing the new dmg' };
  }
  return { enabled: false, reason: `no updates on ${context.platform}` };
}

export type UpdaterPhase = 'idle' | 'downloading' | 'downloaded';

export interface UpdaterState {
  phase: UpdaterPhase;
  version: string | null;
}

/** What electron-updater reports, reduced to what matters here. */
export type UpdaterEvent =
  | { type: 'available'; version: string }
  | { type: 'not-available' }
  | { type: 'downloaded'; version: string }
  | { type: 'error' };

export const NO_UPDATE: UpdaterState = { phase: 'idle', version: null };

export function nextUpdaterState(state: UpdaterState, event: UpdaterEvent): UpdaterState {
  switch (event.type) {
    case 'available':
      // Downloads start by themselves (autoDownload); a newer release found later replaces the one waiting.
      return state.phase === 'downloaded' && state.version === event.version
        ? state
        : { phase: 'downloading', version: event.version };
    case 'downloaded':
      return { phase: 'downloaded', version: event.version };
    case 'not-available':
    case 'error':
      // A failed check or download leaves a finished download usable; an unfinished one is retried at the next check.
      return state.phase === 'downloaded' ? state : NO_UPDATE;
  }
}

/**
 * What the cashier's notice shows: on an account that cannot elevate, that a manager installs the downloaded version;
 * otherwise that it installs on quit, once the gate is open.
 */
export function updateStatus(state: UpdaterState, activity: CheckoutActivity, elevation: Elevation): UpdateStatus {
  if (state.phase === 'idle') return { state: 'none', version: null };
  if (state.phase === 'downloading') return { state: 'downloading', version: state.version };
  if (elevation === 'cannot-elevate') return { state: 'manager-installs', version: state.version };
  return { state: canInstallUpdate(activity) ? 'installing-on-quit' : 'ready', version: state.version };
}
