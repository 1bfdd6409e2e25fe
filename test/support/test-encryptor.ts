// A real encryptor for tests, AES-256-GCM from node:crypto, standing in for Electron's safeStorage; its backend is settable.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Encryptor } from '../../electron/settings/vault';

export interface TestEncryptorOptions {
  available?: boolean;
  backend?: string;
}

export function createTestEncryptor({
  available = true,
  backend = 'gnome_libsecret',
}: TestEncryptorOptions = {}): Encryptor {
  const key = randomBytes(32);
  return {
    isAvailable: () => available,
    backend: () => backend,
    encrypt(text) {
      if (!available) throw new Error('encryption is not available');
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt(data) {
      if (!available) throw new Error('encryption is not available');
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
