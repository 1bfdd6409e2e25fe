// Electron fuses for the packaged app, flipped into the binary by electron-builder's `electronFuses`; the build config imports this.
import type { Configuration } from 'electron-builder';

/** electron-builder's FuseOptionsV1, reached through Configuration because the package does not export it by name. */
export type FuseOptionsV1 = NonNullable<Configuration['electronFuses']>;

/**
 * The Electron fuses flipped in the packaged binary. Every field is required, so a fuse that a new electron-builder
 * adds is a compile error here until someone decides it.
 */
export const ELECTRON_FUSES: Required<FuseOptionsV1> = {
  // ELECTRON_RUN_AS_NODE would turn the signed app into a general Node interpreter.
  runAsNode: false,
  // NODE_OPTIONS / NODE_EXTRA_CA_CERTS could inject code or trust a rogue CA for the loyalty API.
  enableNodeOptionsEnvironmentVariable: false,
  // --inspect would let anyone at the terminal attach a debugger to the process that holds the credentials.
  enableNodeCliInspectArguments: false,
  // The app code is checked against the hash built into the binary (macOS, Windows)...
  enableEmbeddedAsarIntegrityValidation: true,
  // ...and only app.asar is loaded, so an app/ folder dropped beside it cannot replace the code.
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
  // Not used: one V8 snapshot for every process is Electron's default.
  loadBrowserProcessSpecificV8Snapshot: false,
  // The window is served from app://, never file://, so file:// pages get no extra privileges.
  grantFileProtocolExtraPrivileges: false,
  // An unsigned arm64 macOS build would not start after the fuses change the binary; a signed one is re-signed anyway.
  resetAdHocDarwinSignature: true,
};
