// What the main side needs the window to say on every screen until it is dealt with: a reset terminal, a provisioning file.

export const NOTICE_KINDS = [
  /** The settings file was damaged: it was kept aside and the terminal runs on defaults, in training mode. */
  'settings-reset',
  /** A provisioning file handed to the running app (a second launch with --provision) was applied. */
  'provisioning-applied',
  /** The same file had been applied before, so nothing changed. */
  'provisioning-unchanged',
  /** The file had problems and nothing of it was applied; `detail` lists them. */
  'provisioning-refused',
  /** The file named on the command line does not exist. */
  'provisioning-missing',
  /** The provisioning file still holds the API secret (or a plain PIN), where every account on the computer can read it. */
  'provisioning-secret-in-file',
] as const;

export type AppNoticeKind = (typeof NOTICE_KINDS)[number];

export interface AppNotice {
  kind: AppNoticeKind;
  /** Plain words for a manager (a file's problems, where the damaged settings were kept); empty when there is nothing to add. */
  detail: string;
}
