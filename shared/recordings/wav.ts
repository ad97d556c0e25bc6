// WAV: a RIFF file of type WAVE, chunks of [4-byte id, 32-bit little-endian size, data, pad to
// even]. "fmt " says how the sound is stored (its byte rate); "data" holds it. The length is
// the data's bytes over the byte rate, or, for compressed kinds (ADPCM, GSM...), the sample
// count of the "fact" chunk over the sample rate.
import type { AudioProbe } from './audio-probe';
import { matchesAscii, plausibleSeconds, uint16LE, uint32LE } from './bytes';

/** Chunks walked before giving up on finding fmt and data: real files have a handful. */
const maxChunks = 64;

const pcmFormats = new Set([0x0001, 0x0003, 0x0006, 0x0007, 0xfffe]); // PCM, float, A-law, μ-law, extensible

interface WavHeader {
  formatTag: number;
  sampleRate: number;
  byteRate: number;
}

function readFmt(bytes: Uint8Array, offset: number, size: number): WavHeader | null {
  if (size < 16) return null;
  const formatTag = uint16LE(bytes, offset);
  const channels = uint16LE(bytes, offset + 2);
  const sampleRate = uint32LE(bytes, offset + 4);
  const byteRate = uint32LE(bytes, offset + 8);
  if (formatTag === null || channels === null || sampleRate === null || byteRate === null) return null;
  if (channels === 0 || sampleRate === 0) return null;
  return { formatTag, sampleRate, byteRate };
}

function durationOf(header: WavHeader, dataBytes: number, factSamples: number | null): number | null {
  if (!pcmFormats.has(header.formatTag) && factSamples !== null) return plausibleSeconds(factSamples / header.sampleRate);
  return header.byteRate === 0 ? null : plausibleSeconds(dataBytes / header.byteRate);
}

export function probeWav(bytes: Uint8Array): AudioProbe | null {
  if (!matchesAscii(bytes, 0, 'RIFF') || !matchesAscii(bytes, 8, 'WAVE')) return null;
  let header: WavHeader | null = null;
  let dataBytes: number | null = null;
  let factSamples: number | null = null;
  let offset = 12;
  for (let chunk = 0; chunk < maxChunks && offset + 8 <= bytes.length; chunk += 1) {
    const size = uint32LE(bytes, offset + 4)!;
    const body = offset + 8;
    if (matchesAscii(bytes, offset, 'fmt ')) header = readFmt(bytes, body, size);
    else if (matchesAscii(bytes, offset, 'fact') && size >= 4) factSamples = uint32LE(bytes, body);
    else if (matchesAscii(bytes, offset, 'data')) {
      // Recorders that stop without closing the file leave 0 or 0xFFFFFFFF here, and a cut file
      // declares more than it holds: count the bytes that are there.
      const declared = size === 0 || size === 0xffffffff ? Infinity : size;
      dataBytes = Math.min(declared, bytes.length - body);
      break;
    }
    offset = body + size + (size % 2);
  }
  // Without a readable fmt before the data there is no sound a player could make of it.
  if (header === null || dataBytes === null) return null;
  return { mime: 'audio/wav', durationSeconds: durationOf(header, dataBytes, factSamples) };
}
