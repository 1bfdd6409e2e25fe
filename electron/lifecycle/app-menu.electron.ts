// Shell: the application menu as lifecycle/app-menu.ts decides it (none, so no reload, close, zoom or DevTools keys).
import { Menu } from 'electron';
import { applicationMenuTemplate } from './app-menu';

export function setupApplicationMenu(): void {
  const template = applicationMenuTemplate(process.platform);
  Menu.setApplicationMenu(template ? Menu.buildFromTemplate(template) : null);
}
