// Where a provisioning file may come from: the pure decision over the file system's facts, and the facts themselves on this OS.
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { provisionFileFacts } from '../../../electron/settings/provision-facts';
import { provisionTrust, type ProvisionFileFacts } from '../../../electron/settings/provision-trust';

const LINUX_FILE = '/etc/loyalty-desk/provision.json';
const WINDOWS_FILE = 'C:\\ProgramData\\LoyaltyDesk\\provision.json';
const rootOnly: ProvisionFileFacts = {
  kind: 'posix',
  file: { uid: 0, mode: 0o100600 },
  folder: { uid: 0, mode: 0o40755 },
};

describe('provisionTrust', () => {
  it('lets a developer build take any file', () => {
    expect(
      provisionTrust({
        packaged: false,
        file: '/home/c/mine.json',
        systemFile: LINUX_FILE,
        facts: { kind: 'windows', cashierCanWrite: true },
      }),
    ).toEqual({ trusted: true });
  });

  it('refuses any file but the system-wide one in an installed app, naming where it must be', () => {
    const trust = provisionTrust({
      packaged: true,
      file: '/home/c/mine.json',
      systemFile: LINUX_FILE,
      facts: rootOnly,
    });
    expect(trust).toEqual({ trusted: false, reason: expect.stringContaining(`only from ${LINUX_FILE}`) });
  });

  it.each([
    ['root-owned and written by root only', rootOnly, true],
    ['owned by the cashier', { ...rootOnly, file: { uid: 1000, mode: 0o100600 } }, false],
    ['group-writable', { ...rootOnly, file: { uid: 0, mode: 0o100620 } }, false],
    ['world-writable', { ...rootOnly, file: { uid: 0, mode: 0o100606 } }, false],
    ['in a folder the cashier owns', { ...rootOnly, folder: { uid: 1000, mode: 0o40755 } }, false],
    [
      'in a world-writable folder (the file could be replaced)',
      { ...rootOnly, folder: { uid: 0, mode: 0o41777 } },
      false,
    ],
  ] as const)('on Linux and macOS takes the system file when %s: %s', (_what, facts, trusted) => {
    expect(provisionTrust({ packaged: true, file: LINUX_FILE, systemFile: LINUX_FILE, facts }).trusted).toBe(trusted);
  });

  it("on Windows takes the system file only when the folder's ACL keeps the cashier's account from writing", () => {
    const decide = (cashierCanWrite: boolean) =>
      provisionTrust({
        packaged: true,
        file: WINDOWS_FILE,
        systemFile: WINDOWS_FILE,
        facts: { kind: 'windows', cashierCanWrite },
      });
    expect(decide(false)).toEqual({ trusted: true });
    expect(decide(true)).toEqual({ trusted: false, reason: expect.stringContaining('C:\\ProgramData\\LoyaltyDesk') });
  });
});

describe('provisionFileFacts', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'provision-facts-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads the owner and mode of the file and its folder', async () => {
    const file = path.join(dir, 'provision.json');
    await writeFile(file, '{}');
    await chmod(file, 0o640);
    expect(provisionFileFacts(file, 'linux')).toEqual({
      kind: 'posix',
      file: { uid: process.getuid!(), mode: 0o100640 },
      folder: { uid: process.getuid!(), mode: expect.any(Number) },
    });
  });

  it('finds by trying that this account can write a file (the Windows way, here on a folder it owns)', async () => {
    const file = path.join(dir, 'provision.json');
    await writeFile(file, '{}');
    expect(provisionFileFacts(file, 'win32')).toEqual({ kind: 'windows', cashierCanWrite: true });
  });
});
