// Small byte sequences with the real signatures of each document type, for the document tests.
// The pictures carry their size in pixels (a PNG's IHDR, a JPEG's frame header), which the
// attach check reads; they have no pixel data.
import { jpegHeader, pngHeader } from '../../fixtures/images/crafted-images';

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

export const pdfBytes = ascii('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
export const pngBytes = pngHeader(640, 480);
export const jpegBytes = jpegHeader(1200, 900);
export const textBytes = ascii('Meeting notes: call back on Tuesday about the unpaid invoice.\n');
