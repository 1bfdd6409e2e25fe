// Builds the settings side of the main process from a store, a vault file and an encryptor: the one-time migration to
// sealed settings, then a provisioning file if one may be trusted, then the service.
import { createPinLock } from './pin-lock';
import { migrateToSealedSettings } from './migration';
import { provisionFileFacts } from './provision-facts';
import { provisioningStatus } from './provision-secret';
import { provisionTrust } from './provision-trust';
import { applyProvisioning, type ProvisioningTarget } from './provisioning';
import { createSettingsService, type SettingsService } from './settings-service';
import { createSettingsStore, type KeyValueStore } from './settings-store';
import type { ProvisioningReport, ProvisioningStatus } from '../../common/settings';
import { createVault, type Encryptor } from './vault';
import { journalKeyFrom, type JournalKey } from '../journal/sealed-line';

/** Where a provisioning file may come from on this installation (provision-trust.ts decides with it). */
export interface ProvisionPolicy {
  packaged: boolean;
  systemFile: string;
  platform: NodeJS.Platform;
}

/** A developer build (tests, `npm run dev`): any file it is given is taken. */
const DEVELOPER_BUILD: ProvisionPolicy = { packaged: false, systemFile: '', platform: process.platform };

export interface SettingsSetupOptions {
  /** electron-store in the app, conf in a temporary folder in tests. */
  store: KeyValueStore;
  vaultFile: string;
  encryptor: Encryptor;
  /** The provisioning file to apply if it exists (see provision-source.ts); null for none. */
  provisionFile: string | null;
  provisionPolicy?: ProvisionPolicy;
  now?: () => number;
}

export interface SettingsSetup {
  settings: SettingsService;
  /** What applying the provisioning file at start found, and whether the file still holds the secret; null when none. */
  provisioning: ProvisioningStatus | null;
  /** Applies a provisioning file while the app runs; the settings screen then shows its report. */
  provision(file: string): Promise<ProvisioningStatus | null>;
  /** Seals the write-off journal's lines: derived from the vault's settings key under a label of its own. */
  journalKey: JournalKey;
}

export async function setupSettings({
  store,
  vaultFile,
  encryptor,
  provisionFile,
  provisionPolicy = DEVELOPER_BUILD,
  now,
}: SettingsSetupOptions): Promise<SettingsSetup> {
  const vault = createVault(vaultFile, encryptor);
  const settingsStore = createSettingsStore(store, () => vault.settingsKey());
  migrateToSealedSettings(settingsStore, vault);
  const pinLock = createPinLock(vault, now);
  const target = { store: settingsStore, vault, pinLock };
  // At start and from a second launch alike, only a file the policy trusts is applied. The file is read again each
  // time, so the manager is told until it no longer holds the secret (SECURITY.md).
  const provision = async (file: string) => {
    const report = await provisionIfTrusted(file, provisionPolicy, target);
    return report && provisioningStatus(report);
  };
  let latest = provisionFile ? await provision(provisionFile) : null;
  const settings = createSettingsService({ store: settingsStore, vault, pinLock, provisioningReport: () => latest });
  return {
    settings,
    journalKey: journalKeyFrom(vault.settingsKey()),
    provisioning: latest,
    async provision(file) {
      latest = await provision(file);
      return latest;
    },
  };
}

/** An installed app applies only a file provision-trust.ts accepts; a refused one is reported, never read. */
async function provisionIfTrusted(
  file: string,
  policy: ProvisionPolicy,
  target: ProvisioningTarget,
): Promise<ProvisioningReport | null> {
  if (policy.packaged) {
    let trust;
    try {
      trust = provisionTrust({
        packaged: true,
        file,
        systemFile: policy.systemFile,
        facts: provisionFileFacts(file, policy.platform),
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return null;
      trust = { trusted: false as const, reason: `the file: could not be checked (${code ?? 'error'})` };
    }
    if (!trust.trusted) return { file, outcome: 'invalid', problems: [trust.reason], secretRemovedFromFile: null };
  }
  return applyProvisioning(file, target);
}
