// WebM (Matroska) with Opus or Vorbis sound: what Chromium's MediaRecorder writes for "Record
// this call". Matroska is EBML: elements of [variable-length id, variable-length size, data].
// The file opens with an EBML header naming its DocType, then a Segment holding Info (the
// TimecodeScale, and a Duration when the writer knew it), Tracks (each track's type and codec)
// and the Clusters of sound. MediaRecorder streams: its Segment and Clusters have "unknown"
// sizes and its Info no Duration, so the length is then null and the player finds it out.
import type { AudioProbe } from './audio-probe';
import { asciiAt, plausibleSeconds } from './bytes';

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
/** Elements looked at in one parent before giving up: real headers have a few dozen. */
const maxElementsPerParent = 256;

interface Element {
  id: number;
  /** Where its data starts and ends (the end cut to the file for a cut file or an unknown size). */
  start: number;
  end: number;
  unknownSize: boolean;
}

/** A variable-length integer's byte count, from the position of its first set bit (0 when none). */
function vintLength(first: number, maxLength: number): number {
  for (let length = 1; length <= maxLength; length += 1) if (first & (0x100 >> length)) return length;
  return 0;
}

function readElement(bytes: Uint8Array, offset: number, parentEnd: number): Element | null {
  const idLength = vintLength(bytes[offset] ?? 0, 4);
  if (idLength === 0 || offset + idLength >= parentEnd) return null;
  let id = 0;
  for (let i = 0; i < idLength; i += 1) id = id * 256 + bytes[offset + i]!;
  const sizeAt = offset + idLength;
  const sizeLength = vintLength(bytes[sizeAt]!, 8);
  if (sizeLength === 0 || sizeAt + sizeLength > parentEnd) return null;
  let size = bytes[sizeAt]! & (0xff >> sizeLength);
  let allOnes = size === 0xff >> sizeLength;
  for (let i = 1; i < sizeLength; i += 1) {
    const byte = bytes[sizeAt + i]!;
    size = size * 256 + byte;
    allOnes &&= byte === 0xff;
  }
  const start = sizeAt + sizeLength;
  // Sizes past 2^53 cannot be exact; they are as good as "to the end" for a cut-down reader.
  const end = allOnes || !Number.isSafeInteger(size) ? parentEnd : Math.min(start + size, parentEnd);
  return { id, start, end, unknownSize: allOnes };
}

/** The elements directly inside [start, end), at most maxElementsPerParent of them. */
function* children(bytes: Uint8Array, start: number, end: number): Generator<Element> {
  let offset = start;
  for (let count = 0; count < maxElementsPerParent && offset < end; count += 1) {
    const element = readElement(bytes, offset, end);
    if (element === null) return;
    yield element;
    // An element of unknown size runs to its parent's end (see readElement), which ends the walk.
    offset = element.end;
  }
}

function readUint(bytes: Uint8Array, element: Element): number | null {
  const length = element.end - element.start;
  if (length < 1 || length > 6) return null;
  let value = 0;
  for (let i = element.start; i < element.end; i += 1) value = value * 256 + bytes[i]!;
  return value;
}

function readFloat(bytes: Uint8Array, element: Element): number | null {
  const length = element.end - element.start;
  if (length !== 4 && length !== 8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset + element.start, length);
  return length === 4 ? view.getFloat32(0) : view.getFloat64(0);
}

function readText(bytes: Uint8Array, element: Element): string | null {
  const text = asciiAt(bytes, element.start, Math.min(element.end - element.start, 64));
  return text === null ? null : text.replace(/\0+$/, '');
}

function docTypeOf(bytes: Uint8Array, header: Element): string | null {
  for (const element of children(bytes, header.start, header.end))
    if (element.id === webmElementIds.docType) return readText(bytes, element);
  return null;
}

/** The duration in seconds from Info, or null when Info has none. */
function infoDuration(bytes: Uint8Array, info: Element): number | null {
  let scale = 1_000_000; // nanoseconds per tick, Matroska's default
  let duration: number | null = null;
  for (const element of children(bytes, info.start, info.end)) {
    if (element.id === webmElementIds.timecodeScale) scale = readUint(bytes, element) ?? 0;
    if (element.id === webmElementIds.duration) duration = readFloat(bytes, element);
  }
  return duration === null || scale === 0 ? null : plausibleSeconds((duration * scale) / 1e9);
}

interface TrackSummary {
  hasAudio: boolean;
  hasVideo: boolean;
}

function summariseTracks(bytes: Uint8Array, tracks: Element): TrackSummary {
  const summary = { hasAudio: false, hasVideo: false };
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
  let durationSeconds: number | null = null;
  for (const element of children(bytes, segment.start, segment.end)) {
    if (element.id === webmElementIds.info) durationSeconds = infoDuration(bytes, element);
    if (element.id === webmElementIds.tracks) tracks = summariseTracks(bytes, element);
    // Info and Tracks come before the sound; past the first Cluster there is nothing more to learn.
    if (element.id === webmElementIds.cluster) break;
  }
  if (tracks === null || !tracks.hasAudio || tracks.hasVideo) return null;
  return { mime: 'audio/webm', durationSeconds };
}
