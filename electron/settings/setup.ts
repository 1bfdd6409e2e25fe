// Builds the settings side of the main process from a store, a vault file and an encryptor: provisioning first, then the service.
import { createPinLock } from './pin-lock';
import { provisioningStatus } from './provision-secret';
import { applyProvisioning } from './provisioning';
import { createSettingsService, type SettingsService } from './settings-service';
import { createSettingsStore, type KeyValueStore } from './settings-store';
import type { ProvisioningStatus } from './terminal-settings';
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
  provisioning: ProvisioningStatus | null;
}

export async function setupSettings({ store, vaultFile, encryptor, provisionFile, now }: SettingsSetupOptions): Promise<SettingsSetup> {
  const settingsStore = createSettingsStore(store);
  const vault = createVault(vaultFile, encryptor);
  const pinLock = createPinLock(settingsStore, now);
  const report = provisionFile ? await applyProvisioning(provisionFile, { store: settingsStore, vault, pinLock }) : null;
  // Read on every start, so the manager is told until the file no longer holds the secret (SECURITY.md).
  const provisioning = report && provisioningStatus(report);
  const settings = createSettingsService({ store: settingsStore, vault, pinLock, provisioningReport: () => provisioning });
  return { settings, provisioning };
}
