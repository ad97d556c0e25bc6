// Small byte sequences with the real signatures of each document type, for the document tests.

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

export const pdfBytes = ascii('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
export const pngBytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
export const jpegBytes = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
export const textBytes = ascii('Meeting notes: call back on Tuesday about the unpaid invoice.\n');
