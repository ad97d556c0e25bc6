// "Record this call": the rules main and the window share for a recording made in the app.
import { maxRecordingBytes } from './schema';

/**
 * The longest a recording made in the app runs: the window stops and keeps it then, and main's
 * permission to use the microphone closes with it. Two hours is longer than any collection call.
 */
export const maxLiveRecordingSeconds = 2 * 60 * 60;

/**
 * Opus at 32 kbit/s: clear speech for a phone call, about 14 MB an hour, so the longest
 * recording (about 29 MB) stays well inside the 100 MB a recording may be.
 */
export const liveRecordingBitsPerSecond = 32_000;

/** The window stops a recording that reaches this size, so what it keeps is never refused for its size. */
export const liveRecordingStopBytes = maxRecordingBytes - 4 * 1024 * 1024;

/** What the recorder is asked for, best first: Opus in WebM is what Chromium (and so Electron) records. */
export const recorderMimeTypes = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/webm'] as const;

/** The first type the browser's MediaRecorder can write, or null when it can write none of them. */
export function recorderMimeType(isTypeSupported: (type: string) => boolean): string | null {
  return recorderMimeTypes.find((type) => isTypeSupported(type)) ?? null;
}

/**
 * Whether the other side of the call (the computer's own sound) can be recorded too: only in the
 * desktop app on Windows and macOS, where Electron captures the system's sound ("loopback").
 * A plain browser (browser mode, the test host) and Linux record the microphone only.
 */
export function systemAudioCapturePossible(app: { platform: string; electronVersion: string | null }): boolean {
  return app.electronVersion !== null && (app.platform === 'win32' || app.platform === 'darwin');
}
