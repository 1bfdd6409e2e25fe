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
  provisioning: ProvisioningReport | null;
}

export async function setupSettings({ store, vaultFile, encryptor, provisionFile, now }: SettingsSetupOptions): Promise<SettingsSetup> {
  const settingsStore = createSettingsStore(store);
  const vault = createVault(vaultFile, encryptor);
  const pinLock = createPinLock(settingsStore, now);
  const provisioning = provisionFile ? await applyProvisioning(provisionFile, { store: settingsStore, vault, pinLock }) : null;
  const settings = createSettingsService({ store: settingsStore, vault, pinLock, provisioningReport: () => provisioning });
  return { settings, provisioning };
}
