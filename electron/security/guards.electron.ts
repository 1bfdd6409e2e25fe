// Shell: applies the navigation, new-window, webview and permission decisions of security/navigation.ts to every web contents.
import { app, session, shell } from 'electron';
import { decideNavigation, decidePermission, decideWindowOpen } from './navigation';

export function installGuards(): void {
  session.defaultSession.setPermissionRequestHandler((_webContents, permission, callback) =>
    callback(decidePermission(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_webContents, permission) => decidePermission(permission));
  app.on('web-contents-created', (_event, contents) => {
    const guard = (event: { preventDefault(): void }, url: string) => {
      if (decideNavigation(url) === 'deny') event.preventDefault();
    };
    contents.on('will-navigate', guard);
    contents.on('will-redirect', guard);
    contents.on('will-frame-navigate', (event) => guard(event, event.url));
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const { action, openExternally } = decideWindowOpen(url);
      // Reached only with a URL the allow-list vouched for (https, exact origin, no credentials); reviewed, see SECURITY.md.
      if (openExternally) void shell.openExternal(openExternally); // eng-disable OPEN_EXTERNAL_JS_CHECK
      return { action };
    });
  });
}
