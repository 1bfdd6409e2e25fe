// The main window's options for kiosk mode: full screen, no frame or menu, for a terminal that runs nothing else.
import type { InstallationSettings } from '../settings/installation';

/** The BrowserWindow options kiosk mode adds; plain data, so this module needs no Electron. */
export interface KioskWindowOptions {
  kiosk?: boolean;
  fullscreen?: boolean;
  frame?: boolean;
  autoHideMenuBar?: boolean;
}

export function kioskWindowOptions(settings: Pick<InstallationSettings, 'kiosk'>): KioskWindowOptions {
  if (!settings.kiosk) return {};
  // `kiosk` alone keeps the cashier in the app on every OS; the rest make the first frame already full-screen and bare.
  return { kiosk: true, fullscreen: true, frame: false, autoHideMenuBar: true };
}
