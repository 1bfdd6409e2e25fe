// A settings file conf cannot read is kept aside under a dated name, and the store opens fresh; the journal is not touched.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { damagedFileName, openKeepingDamagedAside } from '../../../electron/settings/damaged-file';
import { STORE_SCHEMA } from '../../../electron/settings/settings-store';

let dir: string;
beforeEach(async () => (dir = await mkdtemp(path.join(os.tmpdir(), 'loyalty-desk-damaged-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

const AT = Date.UTC(2026, 11, 1, 9, 30, 15);
const open = () => new Conf({ cwd: dir, configName: 'settings', schema: STORE_SCHEMA });

describe('openKeepingDamagedAside', () => {
  it('names the kept file beside the original, with the time', () => {
    expect(damagedFileName('/data/settings.json', AT)).toBe('/data/settings.damaged-2026-12-01T09-30-15Z.json');
  });

  it.each([
    ['not JSON', '{"connection": {"mode": "live"'],
    ['against the schema', JSON.stringify({ connection: { mode: 'sideways' } })],
  ])('keeps a file that is %s aside and opens the defaults', async (_kind, text) => {
    const file = path.join(dir, 'settings.json');
    await writeFile(file, text);
    expect(open).toThrow();
    const { store, keptAs } = openKeepingDamagedAside(open, file, () => AT);
    expect(keptAs).toBe(path.join(dir, 'settings.damaged-2026-12-01T09-30-15Z.json'));
    expect(await readFile(keptAs!, 'utf8')).toBe(text);
    expect(store.get('connection')).toBeUndefined();
    store.set('language', 'en');
    expect((await readdir(dir)).sort()).toEqual(['settings.damaged-2026-12-01T09-30-15Z.json', 'settings.json']);
  });

  it('opens a good file as it is', async () => {
    await writeFile(path.join(dir, 'settings.json'), JSON.stringify({ language: 'en' }));
    const { store, keptAs } = openKeepingDamagedAside(open, path.join(dir, 'settings.json'));
    expect(keptAs).toBeNull();
    expect(store.get('language')).toBe('en');
  });

  it('throws a failure that is not the file', () => {
    expect(() =>
      openKeepingDamagedAside(
        () => {
          throw new Error('disk gone');
        },
        path.join(dir, 'settings.json'),
      ),
    ).toThrow('disk gone');
  });
});
