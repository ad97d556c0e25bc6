// Reading numbers and tags out of an audio file's bytes. Every reader returns null past the end
// instead of throwing or reading undefined as 0: the files come from anywhere, cut short or
// crafted, and a header field that is not there must never become a plausible number.

export function matchesAscii(bytes: Uint8Array, offset: number, text: string): boolean {
  if (offset < 0 || offset + text.length > bytes.length) return false;
  for (let i = 0; i < text.length; i += 1) if (bytes[offset + i] !== text.charCodeAt(i)) return false;
  return true;
}

export function asciiAt(bytes: Uint8Array, offset: number, length: number): string | null {
  if (offset < 0 || offset + length > bytes.length) return null;
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}

function fits(bytes: Uint8Array, offset: number, length: number): boolean {
  return Number.isSafeInteger(offset) && offset >= 0 && offset + length <= bytes.length;
}

export function uint16BE(bytes: Uint8Array, offset: number): number | null {
  return fits(bytes, offset, 2) ? (bytes[offset]! << 8) | bytes[offset + 1]! : null;
}

export function uint16LE(bytes: Uint8Array, offset: number): number | null {
  return fits(bytes, offset, 2) ? bytes[offset]! | (bytes[offset + 1]! << 8) : null;
}

export function uint32BE(bytes: Uint8Array, offset: number): number | null {
  if (!fits(bytes, offset, 4)) return null;
  return bytes[offset]! * 0x1000000 + ((bytes[offset + 1]! << 16) | (bytes[offset + 2]! << 8) | bytes[offset + 3]!);
}

export function uint32LE(bytes: Uint8Array, offset: number): number | null {
  if (!fits(bytes, offset, 4)) return null;
  return bytes[offset + 3]! * 0x1000000 + ((bytes[offset + 2]! << 16) | (bytes[offset + 1]! << 8) | bytes[offset]!);
}

/** A 64-bit unsigned number, or null when it is past the end or beyond what a double holds exactly. */
export function uint64BE(bytes: Uint8Array, offset: number): number | null {
  const high = uint32BE(bytes, offset);
  const low = uint32BE(bytes, offset + 4);
  if (high === null || low === null || high > 0x1fffff) return null;
  return high * 0x100000000 + low;
}

/** As uint64BE, little-endian (OGG's granule position). */
export function uint64LE(bytes: Uint8Array, offset: number): number | null {
  const low = uint32LE(bytes, offset);
  const high = uint32LE(bytes, offset + 4);
  if (high === null || low === null || high > 0x1fffff) return null;
  return high * 0x100000000 + low;
}

/**
 * A duration worth showing: finite, not negative, and under 100 hours. A header can claim any
 * number (a 64-bit count over a timescale of 1); past 100 hours it is a damaged or crafted
 * header, not a phone call, and "unknown" is the honest answer.
 */
export const maxPlausibleDurationSeconds = 100 * 3600;

export function plausibleSeconds(seconds: number): number | null {
  return Number.isFinite(seconds) && seconds >= 0 && seconds <= maxPlausibleDurationSeconds ? seconds : null;
}
