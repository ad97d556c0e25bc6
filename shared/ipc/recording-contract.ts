// "Record this call" across the IPC boundary. Main grants the microphone to nothing by default:
// the window asks for a window of permission before it opens the microphone, and says when the
// recording stops (electron/services/recording/recording-access.ts).
import { z } from 'zod';
import { instantSchema } from '../common/primitives';

export const recordingBeginInputSchema = z
  .object({
    /** Also the other side of the call: the computer's own sound, where main can capture it. */
    systemAudio: z.boolean(),
  })
  .strict();
export type RecordingBeginInput = z.infer<typeof recordingBeginInputSchema>;

/** Names one window of permission; main makes it, so it is a UUID. */
export const recordingIdSchema = z.uuid({ message: 'Expected the id main gave when the recording began.' });

export const recordingBeginResultSchema = z
  .object({
    recordingId: recordingIdSchema,
    /** Whether the other side's sound is granted too (false where it cannot be captured). */
    systemAudio: z.boolean(),
    /** When the permission closes by itself: the window stops recording by then. */
    endsAt: instantSchema,
  })
  .strict();
export type RecordingBeginResult = z.infer<typeof recordingBeginResultSchema>;

export const recordingEndInputSchema = z.object({ recordingId: recordingIdSchema }).strict();
export type RecordingEndInput = z.infer<typeof recordingEndInputSchema>;

/** `ended` is false when that window of permission had already closed (its time ran out, or the page was replaced). */
export const recordingEndResultSchema = z.object({ ended: z.boolean() }).strict();
export type RecordingEndResult = z.infer<typeof recordingEndResultSchema>;
