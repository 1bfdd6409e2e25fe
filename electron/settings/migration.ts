// The first start after the upgrade to sealed settings: the old files are taken over once, then only sealed ones are trusted.
import type { SettingsStore } from './settings-store';
import { destinationOf, type Vault } from './vault';

export type MigrationOutcome = 'not-needed' | 'migrated' | 'refused';

/**
 * A settings file without a seal is taken over as it stands only when the vault is not yet of the sealed kind (an
 * older app's, or none): the secret is bound to the destination the settings name, the PIN record moves into the
 * vault, and the file is sealed. An unsealed file beside a sealed-era vault was edited outside the app (its seal
 * removed) and is refused, as is a sealed file with an older app's vault (a vault swapped back to trick this step).
 *
 * Taking over trusts what the cashier's account could have edited before the upgrade; that is no worse than the older
 * app did, and it happens once. Deleting the vault to repeat it loses the secret, so nothing is left to steal.
 */
export function migrateToSealedSettings(store: SettingsStore, vault: Vault): MigrationOutcome {
  const state = vault.state();
  if (store.hasSeal()) return state === 'legacy' ? 'refused' : 'not-needed';
  if (state === 'current') return 'refused';
  const fields = store.readUnsealedFields();
  const legacySecret = fields.scheme === 'none' ? null : vault.legacySecret();
  vault.initialise({
    secret: legacySecret ? { value: legacySecret, destination: destinationOf(fields) } : null,
    pin: store.legacyPin(),
  });
  store.writeFields(fields);
  store.dropLegacyPin();
  return 'migrated';
}
