// The credential vault: encrypted round trip, plain-text storage only with consent, and what happens without encryption.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVault, VaultError } from '../../../electron/settings/vault';
import { createTestEncryptor } from '../../support/test-encryptor';

const SECRET = 'tok-Ω-9f2c1e7d3b';

describe('createVault', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'vault-'));
    file = path.join(dir, 'credentials.json');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('round-trips a secret through a real encryption, never writing it in the clear', async () => {
    const vault = createVault(file, createTestEncryptor());
    expect(vault.storage()).toBe('encrypted');
    expect(vault.hasSecret()).toBe(false);
    expect(vault.read()).toBeNull();
    vault.write(SECRET, { acceptPlainText: false });
    expect(vault.hasSecret()).toBe(true);
    expect(vault.read()).toBe(SECRET);
    const onDisk = await readFile(file, 'utf8');
    expect(onDisk).not.toContain(SECRET);
    expect(onDisk).not.toContain(Buffer.from(SECRET).toString('base64'));
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o077).toBe(0);
    vault.clear();
    expect(vault.hasSecret()).toBe(false);
  });

  it("on Linux's basic_text backend calls the storage plain text and stores only with consent", () => {
    const vault = createVault(file, createTestEncryptor({ backend: 'basic_text' }));
    expect(vault.storage()).toBe('plain-text');
    expect(() => vault.write(SECRET, { acceptPlainText: false })).toThrow(VaultError);
    expect(vault.hasSecret()).toBe(false);
    vault.write(SECRET, { acceptPlainText: true });
    expect(vault.read()).toBe(SECRET);
  });

  it('without any encryption stores only with consent, and says so', async () => {
    const vault = createVault(file, createTestEncryptor({ available: false }));
    expect(vault.storage()).toBe('plain-text');
    expect(() => vault.write(SECRET, { acceptPlainText: false })).toThrow(VaultError);
    vault.write(SECRET, { acceptPlainText: true });
    expect(vault.read()).toBe(SECRET);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ protection: 'none' });
  });

  it('reads nothing from a vault another key encrypted (a new keyring, another user)', () => {
    createVault(file, createTestEncryptor()).write(SECRET, { acceptPlainText: false });
    expect(createVault(file, createTestEncryptor()).read()).toBeNull();
  });

  it('reads nothing when encryption became unavailable since the secret was stored', () => {
    createVault(file, createTestEncryptor()).write(SECRET, { acceptPlainText: false });
    expect(createVault(file, createTestEncryptor({ available: false })).read()).toBeNull();
  });

  it.each([['not JSON', '{'], ['another shape', '{"version":2,"data":"x"}'], ['empty', '']])('treats a %s vault file as no secret', async (_what, text) => {
    await writeFile(file, text);
    const vault = createVault(file, createTestEncryptor());
    expect(vault.hasSecret()).toBe(false);
    expect(vault.read()).toBeNull();
  });
});
