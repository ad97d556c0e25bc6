// The thin Electron side of "Record this call": what the session's handlers hand the recording
// access, and the display-media answer (the page's own frame for video, the system's sound).
import { describe, expect, it, vi } from 'vitest';
import { createRecordingAccess } from '../../../electron/services/recording/recording-access';
import { createFakeClock } from '../../host/fake-clock';

vi.mock('electron', () => ({ webContents: { fromFrame: (frame: { contents?: unknown }) => frame.contents } }));
const { checkAsk, installRecordingPermissions, requestAsk } = await import('../../../electron/adapters/recording-permissions');

type Handler = (...args: unknown[]) => unknown;

function fakeSession() {
  const handlers: Record<string, Handler> = {};
  const session = {
    setPermissionRequestHandler: (handler: Handler) => void (handlers.request = handler),
    setPermissionCheckHandler: (handler: Handler) => void (handlers.check = handler),
    setDisplayMediaRequestHandler: (handler: Handler) => void (handlers.display = handler),
  };
  return { session, handlers };
}

async function installed(systemAudioPossible: boolean) {
  const access = createRecordingAccess({
    clock: createFakeClock({ start: '2026-06-17T16:00:00.000Z' }),
    isOwnPage: (url) => url.startsWith('app://call-desk'),
    systemAudioPossible,
  });
  const { session, handlers } = fakeSession();
  installRecordingPermissions(session as never, access);
  return { access, handlers };
}

const page = { id: 7 };
const ownFrame = { contents: page, url: 'app://call-desk/index.html', parent: null };
const displayRequest = (frame: unknown, audioRequested = true) => ({
  frame,
  securityOrigin: 'app://call-desk',
  audioRequested,
  videoRequested: true,
});

describe('the session’s recording permissions', () => {
  it('reads a request and a check as the access asks them, naming the page by its contents', () => {
    expect(
      requestAsk(page, 'media', {
        isMainFrame: true,
        requestingUrl: 'app://call-desk/index.html',
        securityOrigin: 'app://call-desk',
        mediaTypes: ['audio'],
      }),
    ).toEqual({
      callerId: 'web-contents-7',
      permission: 'media',
      urls: ['app://call-desk/index.html', 'app://call-desk'],
      isMainFrame: true,
      mediaTypes: ['audio'],
    });
    expect(requestAsk(undefined, 'notifications', {})).toEqual({
      callerId: 'web-contents-unknown',
      permission: 'notifications',
      urls: [],
      isMainFrame: false,
      mediaTypes: [],
    });
    expect(checkAsk(page, 'media', 'app://call-desk', { isMainFrame: true, mediaType: 'audio' })).toEqual({
      callerId: 'web-contents-7',
      permission: 'media',
      urls: ['app://call-desk'],
      isMainFrame: true,
      mediaTypes: ['audio'],
    });
  });

  it('hands the system’s sound, with the page’s own frame for video, only to a recording that asked for it', async () => {
    const { access, handlers } = await installed(true);
    const answer = (request: unknown) => {
      const callback = vi.fn();
      handlers.display!(request, callback);
      return callback.mock.calls[0]![0] as unknown;
    };
    expect(answer(displayRequest(ownFrame))).toEqual({});
    const { recordingId } = await access.begin({ systemAudio: true }, 'web-contents-7');
    expect(answer(displayRequest(ownFrame))).toEqual({ video: ownFrame, audio: 'loopback' });
    expect(answer(displayRequest(ownFrame, false))).toEqual({});
    expect(answer(displayRequest(null))).toEqual({});
    expect(answer(displayRequest({ ...ownFrame, parent: ownFrame }))).toEqual({});
    expect(answer(displayRequest({ ...ownFrame, url: 'https://evil.example/' }))).toEqual({});
    expect(answer(displayRequest({ ...ownFrame, contents: { id: 8 } }))).toEqual({});
    await access.end({ recordingId }, 'web-contents-7');
    expect(answer(displayRequest(ownFrame))).toEqual({});
  });

  it('never hands the system’s sound where it cannot be captured, and checks from no page are refused', async () => {
    const { access, handlers } = await installed(false);
    await access.begin({ systemAudio: true }, 'web-contents-7');
    const callback = vi.fn();
    handlers.display!(displayRequest(ownFrame), callback);
    expect(callback).toHaveBeenCalledWith({});
    expect(handlers.check!(null, 'media', 'app://call-desk', { isMainFrame: true, mediaType: 'audio' })).toBe(false);
    expect(handlers.check!(page, 'media', 'app://call-desk', { isMainFrame: true, mediaType: 'audio' })).toBe(true);
  });
});
