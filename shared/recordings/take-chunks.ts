// A take of "Record this call" as it is stored while it records: each piece MediaRecorder hands
// over (about a second of sound) is one row, numbered from 0. The pieces of one take, in order,
// are one WebM (or Ogg) stream: the first holds the header, the rest the sound. A reload, a
// crash or a power cut keeps every piece written before it, and the take can be put together
// again from them.
import { joinBytes } from '../common/join-bytes';

export interface RecordingTakeChunk {
  /** `takeId` and `seq` together (takeChunkId), so the rows of a take sort in order. */
  id: string;
  takeId: string;
  callId: string;
  customerId: string;
  /** 0 for the first piece (the stream's header), then 1, 2, … */
  seq: number;
  bytes: Uint8Array;
  /** When the take started (UTC ISO): it names the kept file. */
  startedAt: string;
  /** What the recorder wrote, e.g. "audio/webm;codecs=opus". */
  mime: string;
}

/** The row id of a take's piece: zero-padded so a take's rows also sort by id. */
export function takeChunkId(takeId: string, seq: number): string {
  return `${takeId}#${String(seq).padStart(8, '0')}`;
}

/**
 * The take's bytes from its pieces: in order, from the first, up to the first one missing (the
 * sound after a gap could not be played as part of the same stream). Empty without the first.
 */
export function assembleTake(chunks: readonly Pick<RecordingTakeChunk, 'seq' | 'bytes'>[]): Uint8Array {
  const ordered = [...chunks].sort((a, b) => a.seq - b.seq);
  const kept: Uint8Array[] = [];
  for (const chunk of ordered) {
    if (chunk.seq !== kept.length) break;
    kept.push(chunk.bytes);
  }
  return joinBytes(kept);
}

/** The stored type of a recorded take, as a recording's file type. */
export function takeAudioMime(mime: string): 'audio/ogg' | 'audio/webm' {
  return mime.startsWith('audio/ogg') ? 'audio/ogg' : 'audio/webm';
}
