// Whether a provisioning file may be applied: in an installed app only the system-wide file, and only where the
// cashier's account cannot write it. A pure decision over facts the caller gathered (provision-facts.ts), so it is testable.
import path from 'node:path';

/** What the file system says about the file and the folder it is in. */
export type ProvisionFileFacts =
  /** Linux and macOS: owner and permission bits of the file and of its folder (from fs.stat). */
  | { kind: 'posix'; file: { uid: number; mode: number }; folder: { uid: number; mode: number } }
  /** Windows: whether this process (the cashier's account) could change the file or create one in its folder (the ACL's answer). */
  | { kind: 'windows'; cashierCanWrite: boolean };

export interface ProvisionTrustInput {
  /** An installed app; a developer build (not packaged) takes any file it is given. */
  packaged: boolean;
  file: string;
  /** The machine-wide file (provision-source.ts's systemProvisionFile). */
  systemFile: string;
  facts: ProvisionFileFacts;
}

export type ProvisionTrust = { trusted: true } | { trusted: false; reason: string };

const ROOT = 0;
/** Group- or other-writable. */
const WRITABLE_BY_OTHERS = 0o022;

export function provisionTrust({ packaged, file, systemFile, facts }: ProvisionTrustInput): ProvisionTrust {
  if (!packaged) return { trusted: true };
  if (path.resolve(file) !== path.resolve(systemFile)) {
    return {
      trusted: false,
      reason: `an installed app takes a provisioning file only from ${systemFile}; ${file} was not applied`,
    };
  }
  if (facts.kind === 'windows') {
    return facts.cashierCanWrite
      ? {
          trusted: false,
          reason: `this account can change ${path.win32.dirname(systemFile)}: only administrators may write there, so the file was not applied`,
        }
      : { trusted: true };
  }
  const guarded = (entry: { uid: number; mode: number }) =>
    entry.uid === ROOT && (entry.mode & WRITABLE_BY_OTHERS) === 0;
  if (!guarded(facts.file) || !guarded(facts.folder)) {
    return {
      trusted: false,
      reason: `${systemFile} and its folder must be owned by root and writable by no one else, so the file was not applied`,
    };
  }
  return { trusted: true };
}
