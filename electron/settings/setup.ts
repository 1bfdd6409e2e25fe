// Builds the settings side of the main process from a store, a vault file and an encryptor: provisioning first, then the service.
import { createPinLock } from './pin-lock';
import { applyProvisioning } from './provisioning';
import { createSettingsService, type SettingsService } from './settings-service';
import { createSettingsStore, type KeyValueStore } from './settings-store';
import type { ProvisioningReport } from './terminal-settings';
import { createVault, type Encryptor } from './vault';

export interface SettingsSetupOptions {
  /** electron-store in the app, conf in a temporary folder in tests. */
  store: KeyValueStore;
  vaultFile: string;
  encryptor: Encryptor;
  /** The provisioning file to apply if it exists (see provision-source.ts); null for none. */
  provisionFile: string | null;
  now?: () => number;
}

export interface SettingsSetup {
  settings: SettingsService;
  /** What applying the provisioning file at start found; null when there was none. */
  provisioning: ProvisioningReport | null;
  /** Applies a provisioning file while the app runs; the settings screen then shows its report. */
  provision(file: string): Promise<ProvisioningReport | null>;
}

export async function setupSettings({ store, vaultFile, encryptor, provisionFile, now }: SettingsSetupOptions): Promise<SettingsSetup> {
  const settingsStore = createSettingsStore(store);
  const vault = createVault(vaultFile, encryptor);
  const pinLock = createPinLock(settingsStore, now);
  const provision = (file: string) => applyProvisioning(file, { store: settingsStore, vault, pinLock });
  let latest = provisionFile ? await provision(provisionFile) : null;
  const settings = createSettingsService({ store: settingsStore, vault, pinLock, provisioningReport: () => latest });
  return {
    settings,
    provisioning: latest,
    async provision(file) {
      latest = await provision(file);
      return latest;
    },
  };
}
