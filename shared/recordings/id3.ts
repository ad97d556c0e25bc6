// ID3 tags around MP3 (and some raw AAC) audio: ID3v2 before the sound, ID3v1 after it. The
// sound's type and length are read from the frames between them.
import { matchesAscii } from './bytes';

/** A file with more leading tags than this is not one a recorder wrote. */
const maxLeadingTags = 4;

/** The end of an ID3v2 tag at offset, or null when there is none (or its header is broken). */
function id3v2End(bytes: Uint8Array, offset: number): number | null {
  if (!matchesAscii(bytes, offset, 'ID3') || offset + 10 > bytes.length) return null;
  const major = bytes[offset + 3]!;
  if (major < 2 || major > 4 || bytes[offset + 4] === 0xff) return null;
  // The size is "syncsafe": four bytes of 7 bits each, so each must be under 0x80.
  let size = 0;
  for (let i = 6; i < 10; i += 1) {
    const byte = bytes[offset + i]!;
    if (byte >= 0x80) return null;
    size = size * 128 + byte;
  }
  const hasFooter = major === 4 && (bytes[offset + 5]! & 0x10) !== 0;
  return offset + 10 + size + (hasFooter ? 10 : 0);
}

export type LeadingTags = { audioStart: number; tagged: boolean } | null;

/**
 * Where the sound starts: 0 without a tag, else just past the ID3v2 tags. Null when a tag
 * claims more bytes than the file has (a cut file, or a size crafted to send a reader far).
 */
export function skipLeadingTags(bytes: Uint8Array): LeadingTags {
  let offset = 0;
  for (let tag = 0; tag < maxLeadingTags; tag += 1) {
    const end = id3v2End(bytes, offset);
    if (end === null) break;
    if (end > bytes.length) return null;
    offset = end;
  }
  return { audioStart: offset, tagged: offset > 0 };
}

/** Where the sound ends: before a 128-byte ID3v1 tag when the file closes with one. */
export function audioEndBeforeTrailingTag(bytes: Uint8Array, audioStart: number): number {
  const tagStart = bytes.length - 128;
  return tagStart >= audioStart && matchesAscii(bytes, tagStart, 'TAG') ? tagStart : bytes.length;
}
