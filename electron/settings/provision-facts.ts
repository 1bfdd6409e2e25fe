// The file system's facts about a provisioning file, for provision-trust.ts: ownership and modes on Linux and macOS;
// on Windows, whether this account can write there, asked of the ACL by trying (node cannot read an ACL itself).
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ProvisionFileFacts } from './provision-trust';

export function provisionFileFacts(file: string, platform: NodeJS.Platform): ProvisionFileFacts {
  if (platform === 'win32')
    return { kind: 'windows', cashierCanWrite: canOpen(file, 'r+') || canCreateIn(path.dirname(file)) };
  const { uid, mode } = statSync(file);
  const folder = statSync(path.dirname(file));
  return { kind: 'posix', file: { uid, mode }, folder: { uid: folder.uid, mode: folder.mode } };
}

function canOpen(file: string, flags: string): boolean {
  try {
    closeSync(openSync(file, flags));
    return true;
  } catch {
    return false;
  }
}

/** A probe file made and removed at once: creating one is what the ACL would let the cashier do to plant a file there. */
function canCreateIn(folder: string): boolean {
  const probe = path.join(folder, `.write-probe-${randomBytes(6).toString('hex')}`);
  if (!canOpen(probe, 'wx')) return false;
  rmSync(probe, { force: true });
  return true;
}
