// A recording kept with a call: attached from the user's softphone or recorder, or made in the
// app with "Record this call". Like a document, the record is metadata and the bytes live in a
// table of their own, so listing a call's recordings never loads the sound.
import { z } from 'zod';
import { idSchema, instantSchema, requiredText } from '../common/primitives';
import { maxPlausibleDurationSeconds } from './bytes';

/** The types Call Desk keeps, each as read from the file's bytes (audio-format.ts). */
export const audioMimeSchema = z.enum(['audio/wav', 'audio/mpeg', 'audio/mp4', 'audio/aac', 'audio/ogg', 'audio/webm']);
export type AudioMime = z.infer<typeof audioMimeSchema>;

/**
 * 100 MB. An hour of phone audio is about 14 MB as 32 kbit/s Opus or M4A, 55 MB as 128 kbit/s
 * MP3 and 55 MB as 8 kHz 16-bit WAV: the limit holds an hour of any of them with room to spare.
 * A long WAV at CD quality (10 MB a minute) does not fit and should be saved as MP3 first. Every
 * recording is kept in the database and in every backup, so the limit also keeps one call from
 * swelling a backup by gigabytes.
 */
export const maxRecordingBytes = 100 * 1024 * 1024;

/** For the attach dialog, under the drop zone. */
export const recordingLimitText =
  'Recordings up to 100 MB can be kept: about an hour of phone audio as MP3, M4A or Opus. Save a long WAV recording as MP3 first.';

export const recordingSourceSchema = z.enum(['attached', 'recorded']);
export type RecordingSource = z.infer<typeof recordingSourceSchema>;

export const storedRecordingSchema = z.object({
  id: idSchema,
  callId: idSchema,
  customerId: idSchema,
  /** As attached, or "Recording 2026-12-03 14.05.webm" for one made in the app (recordedFileName). */
  fileName: requiredText(255, 'File name'),
  mime: audioMimeSchema,
  size: z.number().int().positive().max(maxRecordingBytes),
  /** Seconds, read from the file's header; null when it does not say (the player can tell). */
  durationSeconds: z.number().nonnegative().max(maxPlausibleDurationSeconds).nullable(),
  source: recordingSourceSchema,
  addedAt: instantSchema,
});
export type StoredRecording = z.infer<typeof storedRecordingSchema>;

/** A recording's bytes, in their own table under the recording's id. */
export interface RecordingFileRow {
  id: string;
  bytes: Uint8Array;
}
