import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../../shared/import/model';
import { checkImportFileSize, importSizeLimitBytes } from '../../../../shared/import/read/size-limit';
import { sniffFileFormat } from '../../../../shared/import/read/sniff';
import {
  binaryBytes,
  bmpBytes,
  concat,
  docxBytes,
  encryptedWorkbookBytes,
  gifBytes,
  iifCustomerList,
  jpegBytes,
  legacyWordBytes,
  numbersBytes,
  openDocumentBytes,
  pdfBytes,
  plainZipBytes,
  pngBytes,
  tiffBytes,
  utf16,
  utf8,
  webpBytes,
  windows1252,
  xlsBytes,
  xlsxBytes,
} from './sample-bytes';

function refusal(run: () => unknown): ImportFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('expected an ImportFileError');
}

const sheet = {
  sheets: {
    Aging: [
      ['Customer', 'Balance'],
      ['Acme', 10],
    ],
  },
};

describe('sniffFileFormat', () => {
  it('tells formats apart by their bytes, whatever the name says', () => {
    expect(sniffFileFormat(utf8('Customer,Balance\nAcme,10\n'), 'aging.xlsx')).toBe('delimited');
    expect(sniffFileFormat(xlsxBytes(sheet), 'aging.csv')).toBe('xlsx');
    expect(sniffFileFormat(xlsBytes(sheet), 'aging.csv')).toBe('xls');
    expect(sniffFileFormat(utf8(iifCustomerList), 'customers.txt')).toBe('iif');
    expect(sniffFileFormat(windows1252('Client;Solde\nCafé Lumière;1.234,56\n'))).toBe('delimited');
    expect(sniffFileFormat(utf16('Customer\tBalance\r\nAcme\t10\r\n', 'le'))).toBe('delimited');
    expect(sniffFileFormat(utf16('Customer\tBalance\r\nAcme\t10\r\n', 'be', false))).toBe('delimited');
    // A text line starting "BM" is not a bitmap.
    expect(sniffFileFormat(utf8('BMW Service Ltd,120.00\n'))).toBe('delimited');
    // Exports that save an HTML table under the name .xls are read by the workbook reader.
    expect(sniffFileFormat(utf8('<html><body><table><tr><td>Acme</td></tr></table></body></html>'))).toBe('xls');
  });

  it('refuses an empty file: no bytes, or only a byte-order mark and white space', () => {
    for (const bytes of [new Uint8Array(0), utf8('', true), utf8(' \r\n\t\n'), utf16('  \r\n', 'le')]) {
      const error = refusal(() => sniffFileFormat(bytes, 'aging.csv'));
      expect(error.reason).toBe('empty');
      expect(error.message).toBe('“aging.csv” is empty: there is nothing in it to import.');
    }
  });

  it('refuses a PDF or an image renamed .csv, naming what it is', () => {
    const cases: [Uint8Array, string][] = [
      [pdfBytes(), 'a PDF document'],
      [concat(new Uint8Array([0xef, 0xbb, 0xbf, 0x0a]), pdfBytes()), 'a PDF document'],
      [pngBytes(), 'a PNG image'],
      [jpegBytes(), 'a JPEG image'],
      [gifBytes(), 'a GIF image'],
      [webpBytes(), 'a WebP image'],
      [tiffBytes(), 'a TIFF image'],
      [bmpBytes(), 'a BMP image'],
    ];
    for (const [bytes, what] of cases) {
      const error = refusal(() => sniffFileFormat(bytes, 'aging.csv'));
      expect(error.reason).toBe('not-a-spreadsheet');
      expect(error.message).toContain(`“aging.csv” is ${what}, not a spreadsheet.`);
    }
  });

  it('does not take "%PDF-" inside a line of text for a PDF', () => {
    expect(sniffFileFormat(utf8('Memo,Amount\nSee %PDF-1 attachment,10\n'))).toBe('delimited');
  });

  it('refuses ZIP and Office files that are not workbooks', () => {
    expect(refusal(() => sniffFileFormat(docxBytes(), 'aging.xlsx')).message).toContain('is a Word document, not a spreadsheet');
    expect(refusal(() => sniffFileFormat(legacyWordBytes(), 'aging.xls')).message).toContain('is a Word document');
    expect(refusal(() => sniffFileFormat(openDocumentBytes(), 'aging.ods')).message).toBe(
      '“aging.ods” is an OpenDocument file. Open it in LibreOffice or Excel, save or export it as an Excel workbook (.xlsx) or CSV, and import that copy.',
    );
    expect(refusal(() => sniffFileFormat(numbersBytes(), 'aging.numbers')).message).toContain(
      'is an Apple Numbers file. Open it in Numbers',
    );
    const zip = refusal(() => sniffFileFormat(plainZipBytes(), 'export.zip'));
    expect(zip.reason).toBe('not-a-spreadsheet');
    expect(zip.message).toContain('compressed (ZIP) file');
  });

  it('refuses a password-protected workbook with what to do about it', () => {
    const error = refusal(() => sniffFileFormat(encryptedWorkbookBytes(), 'aging.xlsx'));
    expect(error.reason).toBe('password-protected');
    expect(error.message).toBe(
      'This workbook is protected with a password. Open it in Excel, remove the password (or save a copy without one) and import that copy.',
    );
  });

  it('refuses a damaged ZIP or compound file as corrupt', () => {
    expect(refusal(() => sniffFileFormat(xlsxBytes(sheet).slice(0, 200))).reason).toBe('corrupt');
    expect(refusal(() => sniffFileFormat(xlsBytes(sheet).slice(0, 600))).reason).toBe('corrupt');
  });

  it('refuses binary data that is not UTF-16 text', () => {
    const error = refusal(() => sniffFileFormat(binaryBytes(), 'aging.csv'));
    expect(error.reason).toBe('not-a-spreadsheet');
    expect(error.message).toContain('a program or data file');
    // A NUL in the middle of otherwise plain text is binary too.
    expect(refusal(() => sniffFileFormat(concat(utf8('Customer,Balance\nAcme,'), new Uint8Array([0]), utf8('10\n')))).reason).toBe(
      'not-a-spreadsheet',
    );
  });

  it('refuses a file over the size limit, saying its size and the limit', () => {
    expect(importSizeLimitBytes).toBe(200 * 1024 * 1024);
    expect(() => checkImportFileSize(importSizeLimitBytes)).not.toThrow();
    const error = refusal(() => checkImportFileSize(312 * 1024 * 1024));
    expect(error.reason).toBe('too-large');
    expect(error.message).toBe('This file is 312 MB; Call Desk imports files up to 200 MB.');
    expect(refusal(() => checkImportFileSize(importSizeLimitBytes + 1)).message).toContain('This file is 201 MB');
  });
});
