// Session-wide refusals: the app asks for no browser permission and loads nothing remote.
import type { Session } from 'electron';
import { isRemoteRequest } from '../security/navigation-policy';

export function hardenSession(session: Session): void {
  // The app needs none of camera, notifications-from-page, geolocation, clipboard-read, ...:
  // OS notifications and file dialogs come from main, not from web permissions.
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);

  // Nothing is fetched from the network: an offline app with a CSP, and this as a backstop.
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: isRemoteRequest(details.url) });
  });
}
