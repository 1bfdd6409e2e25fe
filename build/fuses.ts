// Electron fuses for the packaged app: every fuse Electron 45's fuse wire holds, decided, in the order of the wire.
import type { Configuration } from 'electron-builder';

/** electron-builder's FuseOptionsV1, reached through Configuration because the package does not export it by name. */
export type FuseOptionsV1 = NonNullable<Configuration['electronFuses']>;

/**
 * The fuses of Electron 45's wire, index by index (electron/electron docs/tutorial/fuses.md). electron-builder 26 and
 * @electron/fuses 1.8 know the first eight; `wasmTrapHandlers` (index 8) is newer than both, so it is listed here by hand.
 */
export const FUSE_WIRE = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
  'wasmTrapHandlers',
] as const;

export type FuseName = (typeof FUSE_WIRE)[number];

/** A wire fuse electron-builder has no option for, and one it knows that is not on the wire: either is a compile error. */
type BuilderFuseName = Exclude<keyof FuseOptionsV1, 'resetAdHocDarwinSignature'>;
type Missing<A, B> = Exclude<A, B> extends never ? true : { missing: Exclude<A, B> };
const builderKnowsNoUnlistedFuse: Missing<BuilderFuseName, FuseName> = true;
void builderKnowsNoUnlistedFuse;

/** Every fuse of the wire, each decided: leaving one out does not compile. */
export const ELECTRON_FUSES: Record<FuseName, boolean> = {
  // ELECTRON_RUN_AS_NODE would turn the signed app into a general Node interpreter.
  runAsNode: false,
  enableCookieEncryption: true,
  // NODE_OPTIONS could inject code, and NODE_EXTRA_CA_CERTS trust a rogue CA for the loyalty API; a store's own CA is
  // added in the settings instead (electron/loyalty/tls-trust.ts), where only a manager can put it.
  enableNodeOptionsEnvironmentVariable: false,
  // --inspect would let anyone at the terminal attach a debugger to the process that holds the credentials.
  enableNodeCliInspectArguments: false,
  // The app code is checked against the hash built into the binary (macOS, Windows)...
  enableEmbeddedAsarIntegrityValidation: true,
  // ...and only app.asar is loaded, so an app/ folder dropped beside it cannot replace the code.
  onlyLoadAppFromAsar: true,
  // Not used: one V8 snapshot for every process is Electron's default.
  loadBrowserProcessSpecificV8Snapshot: false,
  // The window is served from app://, never file://, so file:// pages get no extra privileges.
  grantFileProtocolExtraPrivileges: false,
  // Electron's default, kept: V8 catches out-of-bounds WebAssembly memory access with guard pages and a signal handler
  // instead of a bounds check in every access. Turning it off buys nothing here (the app runs no WebAssembly) and is
  // not what Chromium is tested with.
  wasmTrapHandlers: true,
};

/** wasmTrapHandlers stays as the binary ships it, which is the decision above: electron-builder cannot write it. */
const { wasmTrapHandlers: _keptAsShipped, ...builderKnownFuses } = ELECTRON_FUSES;

/** What electron-builder flips; the release workflow reads the packaged binary's whole wire (scripts/check-fuses.ts). */
export const BUILDER_FUSES: Required<FuseOptionsV1> = {
  ...builderKnownFuses,
  // An unsigned arm64 macOS build would not start after the fuses change the binary; a signed one is re-signed anyway.
  resetAdHocDarwinSignature: true,
};
