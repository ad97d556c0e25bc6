// OGG with Opus or Vorbis: a run of pages, each opening "OggS" with a 27-byte header (version,
// flags, a 64-bit granule position, the stream's serial number, ...) and a segment table. The
// first page carries the codec's identification header; the length is the granule position of
// the stream's last page: samples at 48 kHz less the encoder's pre-skip for Opus, samples at the
// stream's own rate for Vorbis.
import type { AudioProbe } from './audio-probe';
import { matchesAscii, plausibleSeconds, uint16LE, uint32LE, uint64LE } from './bytes';

/** An OGG page is at most 65,307 bytes, so the last one starts within the file's last 64 KB. */
export const lastPageSearchBytes = 64 * 1024;

const pageHeaderBytes = 27;
const beginningOfStream = 0x02;

interface OggCodec {
  serial: number;
  /** Granule positions count samples at this rate. */
  sampleRate: number;
  /** Samples at the start that are not sound (Opus's pre-skip). */
  preSkip: number;
}

function isPageAt(bytes: Uint8Array, offset: number): boolean {
  return matchesAscii(bytes, offset, 'OggS') && bytes[offset + 4] === 0 && offset + pageHeaderBytes <= bytes.length;
}

/** The codec named by the first packet of the first page, or null for anything but Opus and Vorbis. */
function readCodec(bytes: Uint8Array): OggCodec | null {
  if (!isPageAt(bytes, 0) || (bytes[5]! & beginningOfStream) === 0) return null;
  const serial = uint32LE(bytes, 14)!;
  const packet = pageHeaderBytes + bytes[26]!;
  if (matchesAscii(bytes, packet, 'OpusHead')) {
    const channels = bytes[packet + 9];
    const preSkip = uint16LE(bytes, packet + 10);
    if (preSkip === null || !channels) return null;
    return { serial, sampleRate: 48000, preSkip };
  }
  if (bytes[packet] === 0x01 && matchesAscii(bytes, packet + 1, 'vorbis')) {
    const channels = bytes[packet + 11];
    const sampleRate = uint32LE(bytes, packet + 12);
    if (sampleRate === null || sampleRate === 0 || !channels) return null;
    return { serial, sampleRate, preSkip: 0 };
  }
  return null;
}

/** The granule position of the stream's last page that has one, searched back from the end. */
function lastGranule(bytes: Uint8Array, serial: number): number | null {
  const stop = Math.max(0, bytes.length - lastPageSearchBytes);
  for (let offset = bytes.length - pageHeaderBytes; offset >= stop; offset -= 1) {
    if (bytes[offset] !== 0x4f || !isPageAt(bytes, offset) || uint32LE(bytes, offset + 14) !== serial) continue;
    // All ones: no packet ends on this page, so look further back.
    if (uint32LE(bytes, offset + 6) === 0xffffffff && uint32LE(bytes, offset + 10) === 0xffffffff) continue;
    // Null past 2^53 samples (over 5,000 years at 48 kHz): a crafted page, and no length to tell.
    return uint64LE(bytes, offset + 6);
  }
  return null;
}

export function probeOgg(bytes: Uint8Array): AudioProbe | null {
  const codec = readCodec(bytes);
  if (codec === null) return null;
  const granule = lastGranule(bytes, codec.serial);
  const durationSeconds = granule === null ? null : plausibleSeconds(Math.max(0, granule - codec.preSkip) / codec.sampleRate);
  return { mime: 'audio/ogg', durationSeconds };
}
