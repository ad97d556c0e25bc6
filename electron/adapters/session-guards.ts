// Session-wide refusals: no browser permission but the microphone while a call is recorded
// (recording-permissions.ts), and nothing loaded from the network.
import type { Session } from 'electron';
import type { RecordingAccess } from '../services/recording/recording-access';
import { isRemoteRequest } from '../security/navigation-policy';
import { installRecordingPermissions } from './recording-permissions';

export function hardenSession(session: Session, recordings: Pick<RecordingAccess, 'allows' | 'allowsSystemAudio'>): void {
  // Camera, notifications-from-page, geolocation, clipboard-read, …: never. OS notifications and
  // file dialogs come from main, not from web permissions.
  installRecordingPermissions(session, recordings);

  // Nothing is fetched from the network: an offline app with a CSP, and this as a backstop.
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: isRemoteRequest(details.url) });
  });
}
