// Who may use the microphone, and when: nobody, except the app's own page while it records a
// call. The page opens a window of permission (`recording:begin`) just before it asks for the
// microphone and closes it when the recording stops (`recording:end`); main closes it too when
// that page is replaced or gone (`releaseCaller`) and when the longest recording's time has run
// out. Electron's permission handlers ask `allows` (adapters/recording-permissions.ts); the e2e
// test host turns the browser's own microphone permission on and off through the `grants` port.
import { randomUUID } from 'node:crypto';
import type {
  RecordingBeginInput,
  RecordingBeginResult,
  RecordingEndInput,
  RecordingEndResult,
} from '../../../shared/ipc/recording-contract';
import { errorMessage } from '../../../shared/common/error-message';
import { maxLiveRecordingSeconds } from '../../../shared/recordings/live-recording';
import type { Clock } from '../reminders/ports';

/** One question from the platform: may this page have this permission now? */
export interface PermissionAsk {
  /** The page asking (IpcCaller.id of its window). */
  callerId: string;
  /** The platform's name for it: 'media', 'display-capture', 'notifications', 'geolocation'… */
  permission: string;
  /** Where the asking frame is (its URL or origin); every one given must be the app's own. */
  urls: readonly string[];
  isMainFrame: boolean;
  /** For 'media': what it wants ('audio', 'video', 'unknown'). */
  mediaTypes: readonly string[];
}

/** Told when a page's window of permission opens and closes, and awaited before the page hears back. */
export interface RecordingGrants {
  open(callerId: string, access: { systemAudio: boolean }): void | Promise<void>;
  close(callerId: string): void | Promise<void>;
}

export interface RecordingAccessDeps {
  clock: Clock;
  /** True for the app's own pages (Electron: app://call-desk); media is granted to no other. */
  isOwnPage: (url: string) => boolean;
  /** Whether this platform can capture the computer's own sound (shared/recordings/live-recording.ts). */
  systemAudioPossible: boolean;
  grants?: RecordingGrants;
  newId?: () => string;
  warn?: (message: string) => void;
}

export interface RecordingAccess {
  begin(input: RecordingBeginInput, callerId: string): Promise<RecordingBeginResult>;
  end(input: RecordingEndInput, callerId: string): Promise<RecordingEndResult>;
  /** The page reloaded, navigated, crashed or closed: its window of permission closes. */
  releaseCaller(callerId: string): Promise<void>;
  /** The permission handlers' answer: only audio, only the app's own main frame, only while it records. */
  allows(ask: PermissionAsk): boolean;
  /** The display-media handler's answer: the computer's sound, only for a recording that asked for it. */
  allowsSystemAudio(callerId: string, urls: readonly string[]): boolean;
  /** The pages whose window is open now (tests and the e2e host). */
  openCallers(): string[];
}

/** Past the longest recording, a little slack for a stop that is on its way. */
export const permissionSlackMs = 60_000;

interface OpenWindow {
  recordingId: string;
  systemAudio: boolean;
  cancelTimer: () => void;
}

export function createRecordingAccess(deps: RecordingAccessDeps): RecordingAccess {
  const open = new Map<string, OpenWindow>();
  const newId = deps.newId ?? randomUUID;
  const warn = deps.warn ?? (() => {});

  async function close(callerId: string, recordingId?: string): Promise<boolean> {
    const window = open.get(callerId);
    if (!window || (recordingId !== undefined && window.recordingId !== recordingId)) return false;
    open.delete(callerId);
    window.cancelTimer();
    try {
      await deps.grants?.close(callerId);
    } catch (error) {
      warn(`The microphone permission may still be open: ${errorMessage(error)}`);
    }
    return true;
  }

  const isOwnMainFrame = (urls: readonly string[], isMainFrame: boolean) =>
    isMainFrame && urls.length > 0 && urls.every((url) => deps.isOwnPage(url));

  return {
    async begin({ systemAudio }, callerId) {
      // A page that begins again (its stop never reached main) replaces its own earlier window.
      await close(callerId);
      const recordingId = newId();
      const endsAt = new Date(deps.clock.now().getTime() + maxLiveRecordingSeconds * 1000 + permissionSlackMs);
      const granted = systemAudio && deps.systemAudioPossible;
      const cancelTimer = deps.clock.setTimer(endsAt, () => {
        void close(callerId, recordingId);
      });
      open.set(callerId, { recordingId, systemAudio: granted, cancelTimer });
      try {
        await deps.grants?.open(callerId, { systemAudio: granted });
      } catch (error) {
        await close(callerId, recordingId);
        throw new Error(`Call Desk could not allow the microphone: ${errorMessage(error)}`, { cause: error });
      }
      return { recordingId, systemAudio: granted, endsAt: endsAt.toISOString() };
    },

    async end({ recordingId }, callerId) {
      return { ended: await close(callerId, recordingId) };
    },

    async releaseCaller(callerId) {
      await close(callerId);
    },

    allows(ask) {
      const window = open.get(ask.callerId);
      if (!window || !isOwnMainFrame(ask.urls, ask.isMainFrame)) return false;
      if (ask.permission === 'media') return ask.mediaTypes.length > 0 && ask.mediaTypes.every((type) => type === 'audio');
      // getDisplayMedia's own permission, asked on the way to the display-media handler.
      if (ask.permission === 'display-capture') return window.systemAudio;
      return false;
    },

    allowsSystemAudio(callerId, urls) {
      return open.get(callerId)?.systemAudio === true && isOwnMainFrame(urls, true);
    },

    openCallers: () => [...open.keys()],
  };
}
