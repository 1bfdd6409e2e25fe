// Who may publish this app's updates: the signing certificate's publisher names, fixed when the app is built.

/**
 * The subject (CN) of the certificate the Windows builds are signed with. electron-builder writes it into the installed
 * app-update.yml (win.signtoolOptions.publisherName), where only an administrator can change it, and electron-updater
 * then installs an update only when its Authenticode signature names one of these. Empty here: this repository has no
 * certificate, so its builds never update themselves (updaterPlan says so, and so does the settings screen).
 */
export const UPDATE_PUBLISHERS: readonly string[] = [];
