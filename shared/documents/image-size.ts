// A picture's width and height in pixels, read from its header without decoding a pixel: PNG
// from its IHDR chunk, JPEG from its frame header (SOFn). Decoding is what costs memory and
// time (a 729 KB PNG can unpack to 768 MB), so the size is known before anything decodes it.
// Only the two kinds Call Desk accepts are read (shared/documents/schema.ts).

export interface PixelSize {
  width: number;
  height: number;
}

function uint16At(bytes: Uint8Array, offset: number): number {
  return (bytes[offset]! << 8) | bytes[offset + 1]!;
}

function uint32At(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset]! << 24) >>> 0) + (bytes[offset + 1]! << 16) + (bytes[offset + 2]! << 8) + bytes[offset + 3]!;
}

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
const ihdr = [0x49, 0x48, 0x44, 0x52] as const; // "IHDR"
/** PNG limits each side to 2^31 - 1 pixels. */
const pngMaxSide = 0x7fffffff;

/** A PNG's size from its IHDR, which the format requires to be the first chunk (13 bytes long). */
export function readPngSize(bytes: Uint8Array): PixelSize | null {
  if (bytes.length < 24) return null;
  if (!pngSignature.every((byte, i) => bytes[i] === byte)) return null;
  if (uint32At(bytes, 8) !== 13 || !ihdr.every((byte, i) => bytes[12 + i] === byte)) return null;
  const width = uint32At(bytes, 16);
  const height = uint32At(bytes, 20);
  if (width === 0 || height === 0 || width > pngMaxSide || height > pngMaxSide) return null;
  return { width, height };
}

/** The start-of-frame markers that carry the size: SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC). */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** Markers that stand alone, with no length after them: TEM and RST0–RST7 (SOI is read first). */
function isStandalone(marker: number): boolean {
  return marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
}

/**
 * A JPEG's size from its frame header, walking the segments before it (EXIF, ICC profiles and
 * thumbnails can come first, so it may be far in). Null when the frame header is missing,
 * cut short, or gives a height of 0 (the size would only come after the image data).
 */
export function readJpegSize(bytes: Uint8Array): PixelSize | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let offset = 2;
  while (offset + 1 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    // Any number of 0xFF fill bytes may come before a marker.
    while (bytes[offset + 1] === 0xff && offset + 2 < bytes.length) offset += 1;
    const marker = bytes[offset + 1]!;
    offset += 2;
    if (isStandalone(marker)) continue;
    // The image data (SOS) or the end (EOI) before any frame header: no size to read.
    if (marker === 0xda || marker === 0xd9 || marker === 0xd8) return null;
    if (offset + 2 > bytes.length) return null;
    const length = uint16At(bytes, offset);
    if (length < 2) return null;
    if (isStartOfFrame(marker)) {
      // length (2), sample precision (1), height (2), width (2)
      if (length < 7 || offset + 7 > bytes.length) return null;
      const height = uint16At(bytes, offset + 3);
      const width = uint16At(bytes, offset + 5);
      return width > 0 && height > 0 ? { width, height } : null;
    }
    offset += length;
  }
  return null;
}

/** The size of a picture of one of the accepted image types, or null when its header cannot be read. */
export function readImageSize(bytes: Uint8Array, mime: 'image/png' | 'image/jpeg'): PixelSize | null {
  return mime === 'image/png' ? readPngSize(bytes) : readJpegSize(bytes);
}
