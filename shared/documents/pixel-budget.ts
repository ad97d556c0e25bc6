// How big a picture Call Desk takes. A picture's cost is its pixels, not its file size: a PNG of
// one colour packs 16,000 × 16,000 pixels into 729 KB, and decoding it for the PDF takes
// gigabytes and half a minute. The limit is checked from the header (image-size.ts) when a
// picture is attached, and again in main before a picture is placed in a PDF.
import { readImageSize, type PixelSize } from './image-size';

/** 40 megapixels: a Letter page scanned at 600 dpi (34 MP) or a phone photo fits; a pixel bomb does not. */
export const maxImagePixels = 40_000_000;
export const maxImageMegapixels = maxImagePixels / 1_000_000;

export type PixelCheck =
  { ok: true; size: PixelSize } | { ok: false; problem: 'unreadable' } | { ok: false; problem: 'too-large'; size: PixelSize };

export function checkImagePixels(bytes: Uint8Array, mime: 'image/png' | 'image/jpeg'): PixelCheck {
  const size = readImageSize(bytes, mime);
  if (size === null) return { ok: false, problem: 'unreadable' };
  return size.width * size.height > maxImagePixels ? { ok: false, problem: 'too-large', size } : { ok: true, size };
}

const wholeNumbers = new Intl.NumberFormat('en-US');
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/**
 * "16,000 × 16,000 pixels (256 megapixels)". Megapixels are rounded up, so a picture just over
 * the limit never reads as exactly the limit ("40.1", not "40").
 */
export function describePixelSize({ width, height }: PixelSize): string {
  const megapixels = Math.ceil((width * height) / 100_000) / 10;
  return `${wholeNumbers.format(width)} × ${wholeNumbers.format(height)} pixels (${oneDecimal.format(megapixels)} megapixels)`;
}
