// The session's permission handlers and its display-media handler, answered by the recording
// access (services/recording/recording-access.ts): the microphone only for the app's own page
// while it records, the computer's sound only for a recording that asked for it, and nothing
// else, ever (notifications come from main, files from its dialogs, no page wants a camera).
import { webContents as allWebContents, type Session, type WebContents, type WebFrameMain } from 'electron';
import type { PermissionAsk, RecordingAccess } from '../services/recording/recording-access';
import { callerIdOf } from './page-lifetime';

type Judge = Pick<RecordingAccess, 'allows' | 'allowsSystemAudio'>;

interface RequestDetails {
  isMainFrame?: boolean;
  requestingUrl?: string;
  securityOrigin?: string;
  mediaTypes?: readonly string[];
}

interface CheckDetails {
  isMainFrame?: boolean;
  requestingUrl?: string;
  securityOrigin?: string;
  mediaType?: string;
}

const given = (...urls: (string | undefined)[]) => urls.filter((url): url is string => typeof url === 'string');

/** A permission request (getUserMedia, Notification.requestPermission, …) as the access reads it. */
export function requestAsk(contents: Pick<WebContents, 'id'> | undefined, permission: string, details: RequestDetails): PermissionAsk {
  return {
    callerId: callerIdOf(contents),
    permission,
    urls: given(details.requestingUrl, details.securityOrigin),
    isMainFrame: details.isMainFrame === true,
    mediaTypes: details.mediaTypes ?? [],
  };
}

/** A permission check (permissions.query, device labels, before a request) as the access reads it. */
export function checkAsk(contents: Pick<WebContents, 'id'>, permission: string, origin: string, details: CheckDetails): PermissionAsk {
  return {
    callerId: callerIdOf(contents),
    permission,
    urls: given(origin, details.requestingUrl, details.securityOrigin),
    isMainFrame: details.isMainFrame === true,
    mediaTypes: details.mediaType === undefined ? [] : [details.mediaType],
  };
}

export function installRecordingPermissions(session: Session, judge: Judge): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(judge.allows(requestAsk(contents, permission, details as RequestDetails)));
  });
  session.setPermissionCheckHandler((contents, permission, origin, details) => {
    return contents !== null && judge.allows(checkAsk(contents, permission, origin, details));
  });
  // getDisplayMedia, asked only for "Include the other side": the page's own frame stands in for
  // the video the API insists on (so nothing on the screen is captured), with the system's sound.
  session.setDisplayMediaRequestHandler((request, callback) => {
    const frame: WebFrameMain | null = request.frame;
    const contents = frame ? allWebContents.fromFrame(frame) : undefined;
    const mainFrame = frame !== null && frame.parent === null;
    if (
      !frame ||
      !mainFrame ||
      !request.audioRequested ||
      !judge.allowsSystemAudio(callerIdOf(contents), given(request.securityOrigin, frame.url))
    ) {
      // No streams: the page's getDisplayMedia is refused.
      callback({});
      return;
    }
    callback({ video: frame, audio: 'loopback' });
  });
}
