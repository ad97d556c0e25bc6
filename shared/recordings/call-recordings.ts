// A call's recordings are documents of its account that name the call (documents/schema.ts):
// found among the customer's documents, since there is no index by call.
import { isCallRecording, type StoredDocument, type StoredRecordingDocument } from '../documents/schema';
import { plausibleSeconds } from './bytes';

/** The recordings of one call, in the order they were attached. */
export function recordingsOfCall(documents: readonly StoredDocument[], callId: string): StoredRecordingDocument[] {
  return documents
    .filter((d): d is StoredRecordingDocument => isCallRecording(d) && d.callId === callId)
    .sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.fileName.localeCompare(b.fileName));
}

/** A length a player reported, kept only when it is one a recording can have (a stream says Infinity or NaN). */
export function playerDuration(seconds: number): number | null {
  return seconds > 0 ? plausibleSeconds(seconds) : null;
}
