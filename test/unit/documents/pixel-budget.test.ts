import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkDocumentFile } from '../../../shared/documents/file-check';
import { readImageSize, readJpegSize, readPngSize } from '../../../shared/documents/image-size';
import { checkImagePixels, describePixelSize, maxImagePixels } from '../../../shared/documents/pixel-budget';
import { jpegHeader, pngBomb, pngHeader, pngOfZeros } from '../../fixtures/images/crafted-images';

const file = (name: string, bytes: Uint8Array, type = '') => ({ name, type, size: bytes.byteLength });

describe('reading a picture’s size from its header', () => {
  it('reads a PNG’s IHDR, the first chunk', () => {
    expect(readPngSize(pngHeader(16_000, 16_000))).toEqual({ width: 16_000, height: 16_000 });
    expect(readPngSize(pngHeader(1, 1))).toEqual({ width: 1, height: 1 });
    expect(readPngSize(pngHeader(2_147_483_647, 3))).toEqual({ width: 2_147_483_647, height: 3 });
  });

  it('gives no size for a PNG whose header is cut short, out of place or impossible', () => {
    const header = pngHeader(300, 200);
    expect(readPngSize(header.subarray(0, 23))).toBeNull();
    expect(readPngSize(pngHeader(0, 200))).toBeNull();
    expect(readPngSize(pngHeader(2_147_483_648, 200))).toBeNull();
    const notFirst = Uint8Array.from(header);
    notFirst.set([0x67, 0x41, 0x4d, 0x41], 12); // "gAMA" where IHDR must be
    expect(readPngSize(notFirst)).toBeNull();
    const wrongLength = Uint8Array.from(header);
    wrongLength[11] = 14;
    expect(readPngSize(wrongLength)).toBeNull();
    expect(readPngSize(jpegHeader(300, 200))).toBeNull();
  });

  it('reads a JPEG’s frame header, baseline or progressive, after any metadata and fill bytes', () => {
    expect(readJpegSize(jpegHeader(4032, 3024))).toEqual({ width: 4032, height: 3024 });
    expect(readJpegSize(jpegHeader(20_000, 10_000, { frameMarker: 0xc2 }))).toEqual({ width: 20_000, height: 10_000 });
    // A camera's EXIF with its thumbnail can put the frame header far into the file.
    expect(readJpegSize(jpegHeader(640, 480, { metadataBytes: 200_000 }))).toEqual({ width: 640, height: 480 });
    expect(readJpegSize(jpegHeader(640, 480, { fillBytes: 3 }))).toEqual({ width: 640, height: 480 });
  });

  it('does not take a Huffman table (C4) for a frame header', () => {
    const head = jpegHeader(640, 480);
    // SOI, then a DHT segment whose bytes would read as a size, then the rest of the header.
    const table = Uint8Array.from([0xff, 0xc4, 0x00, 0x09, 0x08, 0x7f, 0xff, 0x7f, 0xff, 0x00, 0x00]);
    const withTable = new Uint8Array(head.length + table.length);
    withTable.set(head.subarray(0, 2));
    withTable.set(table, 2);
    withTable.set(head.subarray(2), 2 + table.length);
    expect(readJpegSize(withTable)).toEqual({ width: 640, height: 480 });
  });

  it('gives no size for a JPEG cut short, without a frame header, with a height of 0 or with broken markers', () => {
    const head = jpegHeader(640, 480);
    expect(readJpegSize(head.subarray(0, head.length - 12))).toBeNull();
    expect(readJpegSize(Uint8Array.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 1, 2, 3, 4, 5, 6]))).toBeNull();
    expect(readJpegSize(Uint8Array.from([0xff, 0xd8, 0xff, 0xd9]))).toBeNull();
    expect(readJpegSize(jpegHeader(640, 0))).toBeNull();
    const broken = Uint8Array.from(head);
    broken[2] = 0x00; // where the first marker's 0xFF must be
    expect(readJpegSize(broken)).toBeNull();
    expect(readJpegSize(pngHeader(640, 480))).toBeNull();
    expect(readImageSize(head, 'image/jpeg')).toEqual({ width: 640, height: 480 });
    expect(readImageSize(head, 'image/png')).toBeNull();
  });
});

describe('the pixel budget', () => {
  it('takes up to 40 megapixels and refuses one pixel row more', () => {
    expect(maxImagePixels).toBe(40_000_000);
    expect(checkImagePixels(pngHeader(8000, 5000), 'image/png')).toEqual({ ok: true, size: { width: 8000, height: 5000 } });
    expect(checkImagePixels(pngHeader(8000, 5001), 'image/png')).toEqual({
      ok: false,
      problem: 'too-large',
      size: { width: 8000, height: 5001 },
    });
    expect(checkImagePixels(jpegHeader(9000, 6000), 'image/jpeg')).toMatchObject({ ok: false, problem: 'too-large' });
    expect(checkImagePixels(pngHeader(0, 10), 'image/png')).toEqual({ ok: false, problem: 'unreadable' });
  });

  it('writes a size as a bookkeeper reads it, never rounding down to the limit', () => {
    expect(describePixelSize({ width: 16_000, height: 16_000 })).toBe('16,000 × 16,000 pixels (256 megapixels)');
    expect(describePixelSize({ width: 8000, height: 5001 })).toBe('8,000 × 5,001 pixels (40.1 megapixels)');
  });
});

describe('attaching a picture', () => {
  it('refuses the image bomb (a real 16,000 × 16,000 PNG) from its header, saying why and what to do', () => {
    const bomb = pngBomb();
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    expect(checkDocumentFile(file('site-photo.png', bomb, 'image/png'), bomb)).toEqual({
      ok: false,
      reason:
        'site-photo.png is 16,000 × 16,000 pixels (256 megapixels); Call Desk accepts pictures up to 40 megapixels. Save a smaller copy and attach that.',
    });
  });

  it('refuses a JPEG over the budget and a picture whose size cannot be read', () => {
    const wide = jpegHeader(12_000, 4_000, { frameMarker: 0xc2 });
    expect(checkDocumentFile(file('panorama.jpg', wide), wide)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(
        /^panorama\.jpg is 12,000 × 4,000 pixels \(48 megapixels\); Call Desk accepts pictures up to 40 megapixels\./,
      ),
    });
    const cut = jpegHeader(640, 480).subarray(0, 30);
    expect(checkDocumentFile(file('receipt.jpg', cut), cut)).toEqual({
      ok: false,
      reason:
        'receipt.jpg looks like a JPEG image, but its size in pixels cannot be read, so it may be damaged. Open it on your computer, save it again, and attach the new copy.',
    });
  });

  it('accepts a picture within the budget', () => {
    const scan = pngHeader(5100, 6600); // a Letter page at 600 dpi
    expect(checkDocumentFile(file('delivery-note.png', scan), scan)).toEqual({ ok: true, mime: 'image/png' });
  });
});

describe('the crafted PNG of zeros', () => {
  it('is a valid PNG: its data inflates to exactly one filter byte and the black pixels of every row', () => {
    const png = pngOfZeros(700, 600);
    expect(readPngSize(png)).toEqual({ width: 700, height: 600 });
    const idatLength = Buffer.from(png.buffer, png.byteOffset + 33, 4).readUInt32BE();
    const pixels = inflateSync(Buffer.from(png.buffer, png.byteOffset + 41, idatLength));
    expect(pixels.length).toBe(600 * (1 + 700 * 3));
    expect(pixels.every((byte) => byte === 0)).toBe(true);
  });
});
