// Sealed journal lines: the log's own line verifies only where it was written; anyone else's is told apart from damage.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openLine, journalKeyFrom, sealLine } from '../../../electron/journal/sealed-line';
import { STORE_SCHEMA } from '../../../electron/settings/settings-store';
import { setupSettings } from '../../../electron/settings/setup';
import { createVault } from '../../../electron/settings/vault';
import { createTestEncryptor } from '../../support/test-encryptor';

const SETTINGS_KEY = Buffer.alloc(32, 3);
const KEY = journalKeyFrom(SETTINGS_KEY);
const PLACE = { file: '000001-2025-03-14.jsonl', offset: 120 };
const record = fc.dictionary(fc.string(), fc.jsonValue());
const withoutNewline = (line: string) => line.slice(0, -1);

describe('sealed journal lines', () => {
  it('verify where they were written, and only there', () => {
    fc.assert(
      fc.property(record, fc.nat(), (value, offset) => {
        const line = withoutNewline(sealLine(KEY, { ...PLACE, offset }, value));
        expect(openLine(KEY, { ...PLACE, offset }, line)).toEqual({
          value: JSON.parse(JSON.stringify(value)),
          trust: 'verified',
        });
        // The same bytes elsewhere: a copied or moved line proves nothing.
        expect(openLine(KEY, { ...PLACE, offset: offset + 1 }, line)?.trust).toBe('not-verified');
        expect(openLine(KEY, { file: '000002-2025-03-15.jsonl', offset }, line)?.trust).toBe('not-verified');
      }),
    );
  });

  it('name the key they were sealed with: a line of another key is kept as such, never taken for damage', () => {
    const earlier = journalKeyFrom(Buffer.alloc(32, 4));
    expect(earlier.id).toMatch(/^[0-9a-f]{8}$/);
    expect(earlier.id).not.toBe(KEY.id);
    expect(openLine(KEY, PLACE, withoutNewline(sealLine(earlier, PLACE, { a: 1 })))).toEqual({
      value: { a: 1 },
      trust: 'earlier-key',
    });
  });

  it('tell a changed byte (damage) from a line someone else sealed', () => {
    const line = withoutNewline(sealLine(KEY, PLACE, { state: 'in-doubt' }));
    const damaged = line.replace('in-doubt', 'in-daubt');
    expect(openLine(KEY, PLACE, damaged)).toBeUndefined();
    expect(openLine(KEY, PLACE, line.slice(0, -3))).toBeUndefined();
    expect(openLine(KEY, PLACE, '5f0c2a1e {"a":1}')).toBeUndefined();
  });

  it('derive their key from the settings key under a label of its own: never the settings key itself', () => {
    expect(KEY.key.equals(SETTINGS_KEY)).toBe(false);
    expect(journalKeyFrom(SETTINGS_KEY)).toEqual(KEY);
  });

  it('are sealed with the key derived from the one the vault keeps for the settings', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'loyalty-desk-journal-key-'));
    try {
      const encryptor = createTestEncryptor();
      const vaultFile = path.join(dir, 'credentials.json');
      const setup = await setupSettings({
        store: new Conf({ cwd: dir, configName: 'settings', schema: STORE_SCHEMA }),
        vaultFile,
        encryptor,
        provisionFile: null,
      });
      expect(setup.journalKey).toEqual(journalKeyFrom(createVault(vaultFile, encryptor).settingsKey()));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
