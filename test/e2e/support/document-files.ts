// Files for the document specs, made at test time: a PDF with a known sentence (pdf-lib), a
// PNG drawn pixel by pixel (zlib), and a text file dressed up as a PDF.
import { deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

export interface TestFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A one-page letter-size PDF whose text includes `sentence`. */
export async function pdfFile(name: string, sentence: string): Promise<TestFile> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([612, 792]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  page.drawText('Service Agreement', { x: 72, y: 700, size: 24, font: bold, color: rgb(0.1, 0.15, 0.3) });
  page.drawText(sentence, { x: 72, y: 660, size: 14, font });
  page.drawRectangle({ x: 72, y: 560, width: 300, height: 60, borderColor: rgb(0.1, 0.15, 0.3), borderWidth: 2 });
  page.drawText('Signed: ______________________', { x: 84, y: 582, size: 12, font });
  return { name, mimeType: 'application/pdf', buffer: Buffer.from(await pdf.save()) };
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** An RGB PNG: a pale page with dark horizontal bars, like a scanned delivery note. */
export function pngFile(name: string, width = 240, height = 160): TestFile {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 3); // filter byte 0, then RGB
    const bar = y % 24 < 6 && y > 12 && y < height - 12;
    for (let x = 0; x < width; x += 1) {
      const ink = bar && x > 16 && x < width - 16 - (y % 48);
      row.set(ink ? [30, 40, 70] : [248, 246, 238], 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const buffer = Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return { name, mimeType: 'image/png', buffer };
}

/** Plain text saved with a PDF name: what a user gets by renaming the wrong file. */
export function textRenamedAsPdf(name: string): TestFile {
  return { name, mimeType: 'application/pdf', buffer: Buffer.from('Remember to call the customer back on Tuesday.\n', 'utf8') };
}
