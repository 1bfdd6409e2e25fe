// Electron fuses for the packaged app (flipped into the binary by electron-builder's `electronFuses`); the build config imports this.
import type { Configuration } from 'electron-builder';

type FuseOptions = NonNullable<Configuration['electronFuses']>;

/**
 * Every field is required here (unlike in FuseOptionsV1), so leaving one to its default is a compile error.
 * Why each: ELECTRON_RUN_AS_NODE, NODE_OPTIONS and --inspect would each let anyone who can start the app run their own
 * code as it; asar integrity plus asar-only loading make a swapped app folder refuse to start; cookies encrypted by the OS.
 */
export const ELECTRON_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
  // The app is served from app://, never file://, so file pages need no extra powers.
  grantFileProtocolExtraPrivileges: false,
} as const satisfies Required<Pick<FuseOptions, RequiredFuse>> & FuseOptions;

type RequiredFuse =
  | 'runAsNode'
  | 'enableNodeOptionsEnvironmentVariable'
  | 'enableNodeCliInspectArguments'
  | 'enableEmbeddedAsarIntegrityValidation'
  | 'onlyLoadAppFromAsar'
  | 'enableCookieEncryption'
  | 'grantFileProtocolExtraPrivileges';
