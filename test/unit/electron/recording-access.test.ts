// "Record this call" in main: the microphone is granted to nobody until the app's own page opens a
// window of permission, only for audio, only to that page's main frame, and the window closes when
// the recording stops, when the page is replaced or gone, and when the longest recording is over.
import { describe, expect, it } from 'vitest';
import { createRecordingAccess, permissionSlackMs, type PermissionAsk } from '../../../electron/services/recording/recording-access';
import { maxLiveRecordingSeconds } from '../../../shared/recordings/live-recording';
import { createFakeClock } from '../../host/fake-clock';

const ownUrl = 'app://call-desk/index.html#/customers/c1/calls/k1';
const ownOrigin = 'app://call-desk';

function setup({ systemAudioPossible = false, failOpen = false } = {}) {
  const clock = createFakeClock({ start: '2026-06-17T16:00:00.000Z' });
  const events: string[] = [];
  let ids = 0;
  const access = createRecordingAccess({
    clock,
    isOwnPage: (url) => url === ownOrigin || url.startsWith(`${ownOrigin}/`),
    systemAudioPossible,
    newId: () => `00000000-0000-4000-8000-00000000000${(ids += 1)}`,
    grants: {
      open: async (callerId, { systemAudio }) => {
        if (failOpen) throw new Error('the browser refused');
        events.push(`open ${callerId}${systemAudio ? ' +system' : ''}`);
      },
      close: async (callerId) => void events.push(`close ${callerId}`),
    },
  });
  return { clock, events, access };
}

/** What Electron asks when the page calls getUserMedia({ audio: true }). */
const microphone = (over: Partial<PermissionAsk> = {}): PermissionAsk => ({
  callerId: 'web-contents-1',
  permission: 'media',
  urls: [ownUrl, ownOrigin],
  isMainFrame: true,
  mediaTypes: ['audio'],
  ...over,
});

describe('the recording access', () => {
  it('refuses the microphone to everyone until a recording begins', () => {
    const { access } = setup();
    expect(access.allows(microphone())).toBe(false);
    expect(access.openCallers()).toEqual([]);
  });

  it('grants audio to the page that began, from the app’s own main frame, and nothing else', async () => {
    const { access, events } = setup();
    const began = await access.begin({ systemAudio: false }, 'web-contents-1');
    expect(began).toEqual({
      recordingId: '00000000-0000-4000-8000-000000000001',
      systemAudio: false,
      endsAt: new Date(Date.parse('2026-06-17T16:00:00.000Z') + maxLiveRecordingSeconds * 1000 + permissionSlackMs).toISOString(),
    });
    expect(events).toEqual(['open web-contents-1']);
    expect(access.allows(microphone())).toBe(true);

    expect(access.allows(microphone({ mediaTypes: ['video'] }))).toBe(false);
    expect(access.allows(microphone({ mediaTypes: ['audio', 'video'] }))).toBe(false);
    expect(access.allows(microphone({ mediaTypes: ['unknown'] }))).toBe(false);
    expect(access.allows(microphone({ mediaTypes: [] }))).toBe(false);
    expect(access.allows(microphone({ callerId: 'web-contents-2' }))).toBe(false);
    expect(access.allows(microphone({ urls: ['https://evil.example/', ownOrigin] }))).toBe(false);
    expect(access.allows(microphone({ urls: [ownUrl, 'app://other-host'] }))).toBe(false);
    expect(access.allows(microphone({ urls: [] }))).toBe(false);
    expect(access.allows(microphone({ isMainFrame: false }))).toBe(false);
    for (const permission of ['notifications', 'geolocation', 'clipboard-read', 'display-capture', 'midi', 'openExternal'])
      expect(access.allows(microphone({ permission })), permission).toBe(false);
    expect(access.allowsSystemAudio('web-contents-1', [ownUrl])).toBe(false);
  });

  it('closes the window when the page says the recording stopped, and only for its own id', async () => {
    const { access, events } = setup();
    const { recordingId } = await access.begin({ systemAudio: false }, 'web-contents-1');
    // Another page cannot close it, nor can a made-up id.
    expect(await access.end({ recordingId }, 'web-contents-2')).toEqual({ ended: false });
    expect(await access.end({ recordingId: '00000000-0000-4000-8000-00000000aaaa' }, 'web-contents-1')).toEqual({ ended: false });
    expect(access.allows(microphone())).toBe(true);

    expect(await access.end({ recordingId }, 'web-contents-1')).toEqual({ ended: true });
    expect(access.allows(microphone())).toBe(false);
    expect(await access.end({ recordingId }, 'web-contents-1')).toEqual({ ended: false });
    expect(events).toEqual(['open web-contents-1', 'close web-contents-1']);
  });

  it('closes the window when the page is replaced or gone', async () => {
    const { access, events } = setup();
    await access.begin({ systemAudio: false }, 'web-contents-1');
    await access.begin({ systemAudio: false }, 'web-contents-2');
    await access.releaseCaller('web-contents-1');
    expect(access.allows(microphone())).toBe(false);
    expect(access.allows(microphone({ callerId: 'web-contents-2' }))).toBe(true);
    await access.releaseCaller('web-contents-1'); // already closed: nothing more happens
    expect(events).toEqual(['open web-contents-1', 'open web-contents-2', 'close web-contents-1']);
  });

  it('closes the window by itself once the longest recording is over', async () => {
    const { access, clock, events } = setup();
    const { recordingId } = await access.begin({ systemAudio: false }, 'web-contents-1');
    await clock.advance(maxLiveRecordingSeconds * 1000);
    expect(access.allows(microphone())).toBe(true);
    await clock.advance(permissionSlackMs);
    expect(access.allows(microphone())).toBe(false);
    expect(events).toEqual(['open web-contents-1', 'close web-contents-1']);
    expect(await access.end({ recordingId }, 'web-contents-1')).toEqual({ ended: false });
    expect(clock.armedTimers()).toBe(0);
  });

  it('a page that begins again replaces its earlier window, whose timer goes with it', async () => {
    const { access, clock, events } = setup();
    const first = await access.begin({ systemAudio: false }, 'web-contents-1');
    const second = await access.begin({ systemAudio: false }, 'web-contents-1');
    expect(second.recordingId).not.toBe(first.recordingId);
    expect(clock.armedTimers()).toBe(1);
    expect(await access.end(first, 'web-contents-1')).toEqual({ ended: false });
    expect(access.allows(microphone())).toBe(true);
    expect(events).toEqual(['open web-contents-1', 'close web-contents-1', 'open web-contents-1']);
  });

  it('grants the computer’s sound only where it can be captured, and only to a recording that asked', async () => {
    const withoutLoopback = setup();
    expect((await withoutLoopback.access.begin({ systemAudio: true }, 'web-contents-1')).systemAudio).toBe(false);
    expect(withoutLoopback.access.allowsSystemAudio('web-contents-1', [ownUrl])).toBe(false);

    const { access, events } = setup({ systemAudioPossible: true });
    await access.begin({ systemAudio: false }, 'web-contents-1');
    expect(access.allowsSystemAudio('web-contents-1', [ownUrl])).toBe(false);
    expect(access.allows(microphone({ permission: 'display-capture', mediaTypes: [] }))).toBe(false);

    const { recordingId } = await access.begin({ systemAudio: true }, 'web-contents-1');
    expect(events.at(-1)).toBe('open web-contents-1 +system');
    expect(access.allowsSystemAudio('web-contents-1', [ownUrl])).toBe(true);
    expect(access.allows(microphone({ permission: 'display-capture', mediaTypes: [] }))).toBe(true);
    expect(access.allowsSystemAudio('web-contents-2', [ownUrl])).toBe(false);
    expect(access.allowsSystemAudio('web-contents-1', ['https://evil.example/'])).toBe(false);
    await access.end({ recordingId }, 'web-contents-1');
    expect(access.allowsSystemAudio('web-contents-1', [ownUrl])).toBe(false);
  });

  it('leaves nothing open when the platform could not grant it, and says so', async () => {
    const { access, clock } = setup({ failOpen: true });
    await expect(access.begin({ systemAudio: false }, 'web-contents-1')).rejects.toThrow(
      'Call Desk could not allow the microphone: the browser refused',
    );
    expect(access.openCallers()).toEqual([]);
    expect(access.allows(microphone())).toBe(false);
    expect(clock.armedTimers()).toBe(0);
  });
});
