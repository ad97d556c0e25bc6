// WebM (Matroska) with Opus or Vorbis sound: what Chromium's MediaRecorder writes for "Record
// this call". Matroska is EBML: elements of [variable-length id, variable-length size, data].
// The file opens with an EBML header naming its DocType, then a Segment holding Info (the
// TimecodeScale, and a Duration when the writer knew it), Tracks (each track's type and codec)
// and the Clusters of sound. MediaRecorder streams: its Segment and Clusters have "unknown"
// sizes and its Info no Duration, so the length is then read from its blocks (webm-length.ts).
import type { AudioProbe } from './audio-probe';
import { plausibleSeconds } from './bytes';
import { children, readFloat, readText, readUint, type EbmlElement } from './ebml';
import { webmBlocksSeconds } from './webm-length';

/** The Matroska element ids the reader looks for (the test files are built with the same). */
export const webmElementIds = {
  ebml: 0x1a45dfa3,
  docType: 0x4282,
  segment: 0x18538067,
  info: 0x1549a966,
  timecodeScale: 0x2ad7b1,
  duration: 0x4489,
  tracks: 0x1654ae6b,
  trackEntry: 0xae,
  trackType: 0x83,
  codecId: 0x86,
  cluster: 0x1f43b675,
} as const;

const audioCodecs = new Set(['A_OPUS', 'A_VORBIS']);
const trackTypes = { video: 1, audio: 2 } as const;
function docTypeOf(bytes: Uint8Array, header: EbmlElement): string | null {
  for (const element of children(bytes, header.start, header.end))
    if (element.id === webmElementIds.docType) return readText(bytes, element);
  return null;
}

interface InfoFacts {
  /** Seconds per timecode tick (TimecodeScale is in nanoseconds; 1 ms when Info does not say). */
  tickSeconds: number;
  /** Info's Duration in seconds, or null when it has none. */
  durationSeconds: number | null;
}

function readInfo(bytes: Uint8Array, info: EbmlElement): InfoFacts {
  let scale = 1_000_000; // nanoseconds per tick, Matroska's default
  let duration: number | null = null;
  for (const element of children(bytes, info.start, info.end)) {
    if (element.id === webmElementIds.timecodeScale) scale = readUint(bytes, element) ?? 0;
    if (element.id === webmElementIds.duration) duration = readFloat(bytes, element);
  }
  const tickSeconds = scale / 1e9;
  return { tickSeconds, durationSeconds: duration === null || scale === 0 ? null : plausibleSeconds(duration * tickSeconds) };
}

interface TrackSummary {
  hasAudio: boolean;
  hasVideo: boolean;
  /** An Opus track, whose packets say how long they play. */
  hasOpus: boolean;
}

function summariseTracks(bytes: Uint8Array, tracks: EbmlElement): TrackSummary {
  const summary = { hasAudio: false, hasVideo: false, hasOpus: false };
  for (const entry of children(bytes, tracks.start, tracks.end)) {
    if (entry.id !== webmElementIds.trackEntry) continue;
    let type: number | null = null;
    let codec: string | null = null;
    for (const element of children(bytes, entry.start, entry.end)) {
      if (element.id === webmElementIds.trackType) type = readUint(bytes, element);
      if (element.id === webmElementIds.codecId) codec = readText(bytes, element);
    }
    if (type === trackTypes.video) summary.hasVideo = true;
    if (type === trackTypes.audio && codec !== null && audioCodecs.has(codec)) summary.hasAudio = true;
    if (type === trackTypes.audio && codec === 'A_OPUS') summary.hasOpus = true;
  }
  return summary;
}

export function probeWebm(bytes: Uint8Array): AudioProbe | null {
  const top = children(bytes, 0, bytes.length);
  const header = top.next().value;
  if (!header || header.id !== webmElementIds.ebml) return null;
  const docType = docTypeOf(bytes, header);
  if (docType !== 'webm' && docType !== 'matroska') return null;
  const segment = top.next().value;
  if (!segment || segment.id !== webmElementIds.segment) return null;
  let tracks: TrackSummary | null = null;
  let info: InfoFacts = { tickSeconds: 1e-3, durationSeconds: null };
  for (const element of children(bytes, segment.start, segment.end)) {
    if (element.id === webmElementIds.info) info = readInfo(bytes, element);
    if (element.id === webmElementIds.tracks) tracks = summariseTracks(bytes, element);
    // Info and Tracks come before the sound; past the first Cluster there is nothing more to learn.
    if (element.id === webmElementIds.cluster) break;
  }
  if (tracks === null || !tracks.hasAudio || tracks.hasVideo) return null;
  // A recorder that streamed the file could not write its Duration: its blocks tell instead.
  const durationSeconds =
    info.durationSeconds ??
    (info.tickSeconds > 0 ? webmBlocksSeconds(bytes, segment.start, segment.end, info.tickSeconds, tracks.hasOpus) : null);
  return { mime: 'audio/webm', durationSeconds };
}
