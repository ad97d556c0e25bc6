// The name a recording made in the app is kept under: "Recording 2026-12-03 14.05.webm", on the
// office clock (the one every screen and document uses), with a dot in the time because a
// colon cannot be in a file name on Windows or macOS when the recording is saved elsewhere.
import { officeWallClock } from '../dates/office-time';
import { audioExtensionFor } from './audio-format';
import type { AudioMime } from './schema';

export function recordedFileName(startedAt: Date, officeTimeZone: string, mime: AudioMime): string {
  const { date, time } = officeWallClock(startedAt, officeTimeZone);
  return `Recording ${date} ${time.replace(':', '.')}${audioExtensionFor(mime)}`;
}
