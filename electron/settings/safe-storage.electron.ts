// Shell: Electron's safeStorage as the vault's Encryptor; usable only once the app is ready.
import { safeStorage } from 'electron';
import type { Encryptor } from './vault';

export function safeStorageEncryptor(): Encryptor {
  return {
    isAvailable: () => safeStorage.isEncryptionAvailable(),
    // Only Linux has a choice of key stores (and the weak 'basic_text' fallback); elsewhere the OS's own is always used.
    backend: () =>
      process.platform === 'linux'
        ? safeStorage.getSelectedStorageBackend()
        : process.platform === 'darwin'
          ? 'keychain'
          : 'dpapi',
    encrypt: (text) => safeStorage.encryptString(text),
    decrypt: (data) => safeStorage.decryptString(data),
  };
}
