// MP3 (MPEG-1, 2 or 2.5 audio, Layer III): a run of frames, each opening with a 4-byte header
// (11 sync bits, then version, layer, bitrate, sample rate, padding, channels). The length
// comes from a Xing/Info or VBRI header in the first frame (the frame count an encoder wrote),
// else, for constant bitrate, from the first frame's bitrate and the size of the audio.
import type { AudioProbe } from './audio-probe';
import { matchesAscii, plausibleSeconds, uint32BE } from './bytes';
import { audioEndBeforeTrailingTag } from './id3';

export interface Mp3Frame {
  isMpeg1: boolean;
  sampleRate: number;
  /** Bits per second. */
  bitrate: number;
  samplesPerFrame: number;
  /** Bytes, header included. */
  length: number;
  mono: boolean;
}

const mpeg1Kbps = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const mpeg2Kbps = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const sampleRates: Record<number, readonly number[]> = {
  3: [44100, 48000, 32000], // MPEG-1
  2: [22050, 24000, 16000], // MPEG-2
  0: [11025, 12000, 8000], // MPEG-2.5
};

/** The Layer III frame header at offset, or null when the bytes there are not one. */
export function readMp3Frame(bytes: Uint8Array, offset: number): Mp3Frame | null {
  if (offset < 0 || offset + 4 > bytes.length) return null;
  const [b0, b1, b2, b3] = [bytes[offset]!, bytes[offset + 1]!, bytes[offset + 2]!, bytes[offset + 3]!];
  if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0) return null;
  const version = (b1 >> 3) & 3;
  const layer = (b1 >> 1) & 3;
  const bitrateIndex = b2 >> 4;
  const rateIndex = (b2 >> 2) & 3;
  // Layer III only; free-format (0) and "bad" (15) bitrates and reserved values are refused.
  if (version === 1 || layer !== 1 || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3 || (b3 & 3) === 2) return null;
  const isMpeg1 = version === 3;
  const sampleRate = sampleRates[version]![rateIndex]!;
  const bitrate = (isMpeg1 ? mpeg1Kbps : mpeg2Kbps)[bitrateIndex]! * 1000;
  const padding = (b2 >> 1) & 1;
  const length = Math.floor(((isMpeg1 ? 144 : 72) * bitrate) / sampleRate) + padding;
  return { isMpeg1, sampleRate, bitrate, samplesPerFrame: isMpeg1 ? 1152 : 576, length, mono: b3 >> 6 === 3 };
}

/**
 * A real MP3 frame at offset: its header reads, and the next frame (when the file goes on that
 * far) has one of the same kind. Two in a row rule out bytes that merely look like a header.
 */
export function mp3FrameAt(bytes: Uint8Array, offset: number): Mp3Frame | null {
  const frame = readMp3Frame(bytes, offset);
  if (frame === null) return null;
  const nextOffset = offset + frame.length;
  if (nextOffset + 4 > bytes.length) return frame;
  const next = readMp3Frame(bytes, nextOffset);
  return next !== null && next.isMpeg1 === frame.isMpeg1 && next.sampleRate === frame.sampleRate ? frame : null;
}

/** The frame count from a Xing/Info header (after the side information) or a VBRI header (at 36). */
function encoderFrameCount(bytes: Uint8Array, offset: number, frame: Mp3Frame): number | null {
  const sideInfo = frame.isMpeg1 ? (frame.mono ? 17 : 32) : frame.mono ? 9 : 17;
  const xing = offset + 4 + sideInfo;
  if (matchesAscii(bytes, xing, 'Xing') || matchesAscii(bytes, xing, 'Info')) {
    const flags = uint32BE(bytes, xing + 4);
    return flags !== null && (flags & 1) !== 0 ? uint32BE(bytes, xing + 8) : null;
  }
  if (matchesAscii(bytes, offset + 36, 'VBRI')) return uint32BE(bytes, offset + 36 + 14);
  return null;
}

export function mp3Duration(bytes: Uint8Array, audioStart: number, frame: Mp3Frame): number | null {
  const frames = encoderFrameCount(bytes, audioStart, frame);
  if (frames !== null && frames > 0) return plausibleSeconds((frames * frame.samplesPerFrame) / frame.sampleRate);
  // No count: take the bitrate as constant over the audio (exact for CBR, an estimate for VBR).
  const audioBytes = audioEndBeforeTrailingTag(bytes, audioStart) - audioStart;
  return plausibleSeconds((audioBytes * 8) / frame.bitrate);
}

export function probeMp3At(bytes: Uint8Array, audioStart: number): AudioProbe | null {
  const frame = mp3FrameAt(bytes, audioStart);
  return frame === null ? null : { mime: 'audio/mpeg', durationSeconds: mp3Duration(bytes, audioStart, frame) };
}
