// Raw AAC in ADTS frames (".aac"): each frame opens with a 7-byte header (9 with a checksum)
// giving its sample rate and its length in bytes, and carries 1 to 4 blocks of 1,024 samples.
// Nothing states the total, so the length is counted by hopping from header to header: cheap
// (a few bytes read per frame), and capped so a file of tiny crafted frames cannot take long.
import type { AudioProbe } from './audio-probe';
import { matchesAscii, plausibleSeconds } from './bytes';
import { audioEndBeforeTrailingTag } from './id3';

const sampleRates = [96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350];

/** Frames counted before the rest is estimated: over 6 hours at 44.1 kHz, a quarter of a second of work. */
export const maxAdtsFramesCounted = 1 << 20;

export interface AdtsFrame {
  sampleRate: number;
  /** Bytes, header included. */
  length: number;
  samples: number;
}

export function readAdtsFrame(bytes: Uint8Array, offset: number): AdtsFrame | null {
  if (offset < 0 || offset + 7 > bytes.length) return null;
  const b = (i: number) => bytes[offset + i]!;
  // 12 sync bits, then MPEG version (either), layer (always 0), "no checksum".
  if (b(0) !== 0xff || (b(1) & 0xf6) !== 0xf0) return null;
  const rateIndex = (b(2) >> 2) & 0xf;
  if (rateIndex >= sampleRates.length) return null;
  const headerLength = (b(1) & 1) === 1 ? 7 : 9;
  const length = ((b(3) & 3) << 11) | (b(4) << 3) | (b(5) >> 5);
  if (length <= headerLength) return null;
  return { sampleRate: sampleRates[rateIndex]!, length, samples: 1024 * ((b(6) & 3) + 1) };
}

/** As for MP3: a header, and the next frame's when the file goes on that far, of the same rate. */
function adtsFrameAt(bytes: Uint8Array, offset: number): AdtsFrame | null {
  const frame = readAdtsFrame(bytes, offset);
  if (frame === null || offset + frame.length + 7 > bytes.length) return frame;
  const next = readAdtsFrame(bytes, offset + frame.length);
  return next !== null && next.sampleRate === frame.sampleRate ? frame : null;
}

/** What may follow the last whole frame: nothing, a cut frame, a few stray bytes, or a tag. */
function endsCleanly(bytes: Uint8Array, offset: number, audioEnd: number): boolean {
  if (offset + 7 > audioEnd) return true;
  const frame = readAdtsFrame(bytes, offset);
  if (frame !== null) return offset + frame.length > audioEnd;
  return matchesAscii(bytes, offset, 'ID3') || matchesAscii(bytes, offset, 'APETAGEX');
}

export function adtsDuration(bytes: Uint8Array, audioStart: number, sampleRate: number, maxFrames = maxAdtsFramesCounted): number | null {
  const audioEnd = audioEndBeforeTrailingTag(bytes, audioStart);
  let offset = audioStart;
  let samples = 0;
  for (let counted = 0; counted < maxFrames; counted += 1) {
    const frame = readAdtsFrame(bytes, offset);
    if (frame === null || frame.sampleRate !== sampleRate || offset + frame.length > audioEnd) {
      // Frames that stop before the end of the file, with something else after them, leave the length unknown.
      return endsCleanly(bytes, offset, audioEnd) ? plausibleSeconds(samples / sampleRate) : null;
    }
    samples += frame.samples;
    offset += frame.length;
  }
  // Stopped by the cap with frames still coming: the rest is taken at the same bytes per sample.
  return plausibleSeconds((samples / sampleRate) * ((audioEnd - audioStart) / (offset - audioStart)));
}

export function probeAdtsAt(bytes: Uint8Array, audioStart: number): AudioProbe | null {
  const frame = adtsFrameAt(bytes, audioStart);
  return frame === null ? null : { mime: 'audio/aac', durationSeconds: adtsDuration(bytes, audioStart, frame.sampleRate) };
}
