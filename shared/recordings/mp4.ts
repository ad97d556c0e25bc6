// M4A and other MP4 files with AAC (or Opus) sound. MP4 is a tree of boxes: [32-bit size, 4-char
// type, payload], a size of 1 meaning a 64-bit size follows and 0 "to the end of the file". It
// opens with ftyp (its brands); moov holds mvhd (the movie's timescale and duration) and a trak
// per track, whose mdia has mdhd (the track's own timescale and duration), hdlr (sound or
// video) and, deeper, stsd (the codec). moov may come after the sound (mdat): the top level is
// walked by sizes, reading only the boxes' headers on the way.
import type { AudioProbe } from './audio-probe';
import { asciiAt, plausibleSeconds, uint32BE, uint64BE } from './bytes';

/** The brands of files that hold plain MP4 sound (not 3GP, QuickTime or HEIF). */
const mp4Brands = new Set(['M4A ', 'M4B ', 'mp41', 'mp42', 'isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'dash']);
const audioCodecs = new Set(['mp4a', 'Opus']);
/** Boxes looked at in one parent before giving up: a real file has a handful at each level. */
const maxBoxesPerParent = 256;

interface Box {
  type: string;
  /** Where its payload starts and ends (the end cut to its parent for a cut or crafted file). */
  start: number;
  end: number;
}

function* boxes(bytes: Uint8Array, start: number, end: number): Generator<Box> {
  let offset = start;
  for (let count = 0; count < maxBoxesPerParent && offset + 8 <= end; count += 1) {
    const size32 = uint32BE(bytes, offset)!;
    const type = asciiAt(bytes, offset + 4, 4)!;
    const largeSize = size32 === 1 ? uint64BE(bytes, offset + 8) : null;
    const headerLength = size32 === 1 ? 16 : 8;
    const size = size32 === 0 ? end - offset : size32 === 1 ? largeSize : size32;
    if (size === null || size < headerLength) return;
    yield { type, start: offset + headerLength, end: Math.min(offset + size, end) };
    offset += size;
  }
}

function child(bytes: Uint8Array, parent: Box, type: string): Box | null {
  for (const box of boxes(bytes, parent.start, parent.end)) if (box.type === type) return box;
  return null;
}

function path(bytes: Uint8Array, parent: Box | null, ...types: string[]): Box | null {
  let box = parent;
  for (const type of types) box = box && child(bytes, box, type);
  return box;
}

function hasMp4Brand(bytes: Uint8Array, ftyp: Box): boolean {
  for (let offset = ftyp.start; offset + 4 <= ftyp.end; offset += 4) {
    if (offset === ftyp.start + 4) continue; // the minor version, between the major brand and the others
    if (mp4Brands.has(asciiAt(bytes, offset, 4)!)) return true;
  }
  return false;
}

/** mvhd and mdhd both carry a timescale and a duration, 32 or 64 bits wide by their version. */
function headerSeconds(bytes: Uint8Array, box: Box | null): number | null {
  if (box === null) return null;
  const wide = bytes[box.start] === 1;
  const timescale = uint32BE(bytes, box.start + (wide ? 20 : 12));
  const duration = wide ? uint64BE(bytes, box.start + 24) : uint32BE(bytes, box.start + 16);
  if (timescale === null || timescale === 0 || duration === null || duration === 0 || duration === 0xffffffff) return null;
  return plausibleSeconds(duration / timescale);
}

/** A fragmented file (MediaRecorder's MP4) may give its length only in mvex/mehd, in the movie's timescale. */
function fragmentedSeconds(bytes: Uint8Array, moov: Box, mvhd: Box | null): number | null {
  const mehd = path(bytes, moov, 'mvex', 'mehd');
  if (mehd === null || mvhd === null) return null;
  const duration = bytes[mehd.start] === 1 ? uint64BE(bytes, mehd.start + 4) : uint32BE(bytes, mehd.start + 4);
  const timescale = uint32BE(bytes, mvhd.start + (bytes[mvhd.start] === 1 ? 20 : 12));
  return duration === null || duration === 0 || !timescale ? null : plausibleSeconds(duration / timescale);
}

interface Track {
  handler: string | null;
  codec: string | null;
  seconds: number | null;
}

function readTrack(bytes: Uint8Array, trak: Box): Track {
  const mdia = child(bytes, trak, 'mdia');
  const hdlr = path(bytes, mdia, 'hdlr');
  const stsd = path(bytes, mdia, 'minf', 'stbl', 'stsd');
  return {
    // hdlr: version and flags (4), pre-defined (4), then the handler type.
    handler: hdlr && hdlr.start + 12 <= hdlr.end ? asciiAt(bytes, hdlr.start + 8, 4) : null,
    // stsd: version and flags (4), entry count (4), then the first sample entry, a box named by its codec.
    codec: stsd && stsd.start + 16 <= stsd.end ? asciiAt(bytes, stsd.start + 12, 4) : null,
    seconds: headerSeconds(bytes, path(bytes, mdia, 'mdhd')),
  };
}

export function probeMp4(bytes: Uint8Array): AudioProbe | null {
  const top = boxes(bytes, 0, bytes.length);
  const ftyp = top.next().value;
  if (!ftyp || ftyp.type !== 'ftyp' || !hasMp4Brand(bytes, ftyp)) return null;
  let moov: Box | null = null;
  for (const box of top) {
    if (box.type === 'moov') {
      moov = box;
      break;
    }
  }
  if (moov === null) return null;
  const tracks = [...boxes(bytes, moov.start, moov.end)].filter((box) => box.type === 'trak').map((trak) => readTrack(bytes, trak));
  const audio = tracks.find((track) => track.handler === 'soun' && track.codec !== null && audioCodecs.has(track.codec));
  // A video is not a call recording, even with sound in it.
  if (!audio || tracks.some((track) => track.handler === 'vide')) return null;
  const mvhd = child(bytes, moov, 'mvhd');
  const durationSeconds = audio.seconds ?? headerSeconds(bytes, mvhd) ?? fragmentedSeconds(bytes, moov, mvhd);
  return { mime: 'audio/mp4', durationSeconds };
}
