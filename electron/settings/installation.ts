// How a terminal is installed, as the manager set it: kiosk mode, start at login, and where updates come from.
import { z } from 'zod';
import { isAllowedUpdateUrl } from '../../common/settings-rules';
import { readPart } from './stored-part';

const updateUrl = z.string().trim().max(2_000).refine(isAllowedUpdateUrl, 'an https:// address, or empty');

export const installationSchema = z.object({
  /** Full screen with no window frame, for a terminal that runs nothing else. */
  kiosk: z.boolean().default(false),
  startAtLogin: z.boolean().default(false),
  /** Empty: no automatic updates, the default; a manager turns them on by giving the address the releases are served from. */
  updateUrl: updateUrl.default(''),
});

export type InstallationSettings = z.infer<typeof installationSchema>;

/** Stored settings that no longer parse fall back to the defaults: a plain window, no autostart, no updates. */
export function readInstallation(stored: unknown): InstallationSettings {
  return readPart(installationSchema, stored);
}
