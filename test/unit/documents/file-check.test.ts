import { describe, expect, it } from 'vitest';
import { guessDocumentCategory } from '../../../shared/documents/category-guess';
import { checkDocumentFile, refusalBeforeReading } from '../../../shared/documents/file-check';
import { formatFileSize } from '../../../shared/documents/file-size';
import { declaredDocumentType, detectDocumentMime } from '../../../shared/documents/file-type';
import { maxDocumentBytes } from '../../../shared/documents/schema';
import { jpegBytes, pdfBytes, pngBytes, textBytes } from './sample-files';

const file = (name: string, bytes: Uint8Array, type = '') => ({ name, type, size: bytes.byteLength });

describe('detectDocumentMime', () => {
  it('knows PDF, PNG and JPEG by their signatures', () => {
    expect(detectDocumentMime(pdfBytes)).toBe('application/pdf');
    expect(detectDocumentMime(pngBytes)).toBe('image/png');
    expect(detectDocumentMime(jpegBytes)).toBe('image/jpeg');
  });

  it('finds a PDF marker after leading junk within the first kilobyte, not beyond', () => {
    const within = new Uint8Array(600 + pdfBytes.length);
    within.set(pdfBytes, 600);
    expect(detectDocumentMime(within)).toBe('application/pdf');
    const beyond = new Uint8Array(2000 + pdfBytes.length);
    beyond.set(pdfBytes, 2000);
    expect(detectDocumentMime(beyond)).toBeNull();
  });

  it('refuses text, truncated signatures and empty input', () => {
    expect(detectDocumentMime(textBytes)).toBeNull();
    expect(detectDocumentMime(pngBytes.slice(0, 5))).toBeNull();
    expect(detectDocumentMime(Uint8Array.from([0x25, 0x50, 0x44, 0x46]))).toBeNull();
    expect(detectDocumentMime(new Uint8Array())).toBeNull();
  });
});

describe('declaredDocumentType', () => {
  it('goes by the extension, whatever its case', () => {
    expect(declaredDocumentType('Signed Agreement.PDF', 'text/plain')).toEqual({ kind: 'document', mime: 'application/pdf' });
    expect(declaredDocumentType('scan.jpeg', '')).toEqual({ kind: 'document', mime: 'image/jpeg' });
    expect(declaredDocumentType('notes.docx', '')).toEqual({ kind: 'other', description: 'a .docx file' });
  });

  it('falls back to the stated type when the name has no extension', () => {
    expect(declaredDocumentType('scan', 'image/png')).toEqual({ kind: 'document', mime: 'image/png' });
    expect(declaredDocumentType('scan', '')).toEqual({ kind: 'unknown' });
    expect(declaredDocumentType('scan', 'application/octet-stream')).toEqual({ kind: 'unknown' });
    expect(declaredDocumentType('.hidden', 'text/plain')).toEqual({ kind: 'other', description: 'a file of type text/plain' });
  });
});

describe('checkDocumentFile', () => {
  it('accepts each type when its bytes agree with its name', () => {
    expect(checkDocumentFile(file('agreement.pdf', pdfBytes, 'application/pdf'), pdfBytes)).toEqual({ ok: true, mime: 'application/pdf' });
    expect(checkDocumentFile(file('delivery.png', pngBytes), pngBytes)).toEqual({ ok: true, mime: 'image/png' });
    expect(checkDocumentFile(file('cert.JPG', jpegBytes), jpegBytes)).toEqual({ ok: true, mime: 'image/jpeg' });
  });

  it('accepts a file with no extension and no stated type by its bytes', () => {
    expect(checkDocumentFile(file('scan0001', pdfBytes), pdfBytes)).toEqual({ ok: true, mime: 'application/pdf' });
  });

  it('refuses a text file renamed .pdf, saying what is wrong and what to do', () => {
    const result = checkDocumentFile(file('notes.pdf', textBytes, 'application/pdf'), textBytes);
    expect(result).toEqual({
      ok: false,
      reason:
        'notes.pdf is named as a PDF, but its contents are not a PDF, PNG or JPEG file. It may be damaged, or a different kind of file that was renamed. Open it on your computer and save it as a PDF, then attach it again.',
    });
  });

  it('refuses a file whose bytes are another supported type than its name says', () => {
    const result = checkDocumentFile(file('photo.pdf', pngBytes), pngBytes);
    expect(result).toEqual({
      ok: false,
      reason: 'photo.pdf is named as a PDF, but it contains a PNG image. Rename it to end in .png and attach it again.',
    });
  });

  it('refuses unsupported kinds before reading them', () => {
    expect(refusalBeforeReading({ name: 'terms.docx', type: '', size: 2048 })).toBe(
      'terms.docx is a .docx file. Only PDF documents and PNG or JPEG images can be attached: save or scan it as a PDF first.',
    );
    expect(checkDocumentFile(file('unknown', textBytes), textBytes)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('unknown is not a PDF, PNG or JPEG file'),
    });
  });

  it('refuses empty and too large files', () => {
    expect(refusalBeforeReading({ name: 'blank.pdf', type: '', size: 0 })).toBe(
      'blank.pdf is empty (0 bytes), so there is nothing to attach.',
    );
    expect(refusalBeforeReading({ name: 'video.pdf', type: '', size: maxDocumentBytes + 1 })).toMatch(/^video\.pdf is too large to attach/);
    expect(refusalBeforeReading({ name: 'big.pdf', type: '', size: 40 * 1024 * 1024 })).toBe(
      'big.pdf is too large to attach (40 MB; the limit is 25 MB). Save a smaller copy (for example, scan at a lower resolution) and attach that.',
    );
    expect(refusalBeforeReading({ name: 'limit.pdf', type: '', size: maxDocumentBytes })).toBeNull();
  });

  it('refuses a missing or overlong file name', () => {
    expect(refusalBeforeReading({ name: '  ', type: '', size: 10 })).toBe('A file without a name cannot be attached.');
    expect(refusalBeforeReading({ name: `${'a'.repeat(300)}.pdf`, type: '', size: 10 })).toMatch(/is too long \(at most 255 characters\)/);
  });
});

describe('formatFileSize', () => {
  it('writes bytes, KB and MB as a bookkeeper reads them', () => {
    expect(formatFileSize(1)).toBe('1 byte');
    expect(formatFileSize(840)).toBe('840 bytes');
    expect(formatFileSize(1536)).toBe('1.5 KB');
    expect(formatFileSize(312 * 1024 + 100)).toBe('312 KB');
    expect(formatFileSize(2.44 * 1024 * 1024)).toBe('2.4 MB');
    expect(formatFileSize(maxDocumentBytes)).toBe('25 MB');
    expect(formatFileSize(1536, 'de-DE')).toBe('1,5 KB');
  });
});

describe('guessDocumentCategory', () => {
  it.each([
    ['PO-4471.pdf', 'purchase-order'],
    ['po4471.pdf', 'purchase-order'],
    ['Purchase Order 17.png', 'purchase-order'],
    ['signed_delivery_note.jpg', 'proof-of-delivery'],
    ['POD 2291.pdf', 'proof-of-delivery'],
    ['Signed agreement - Harbor Point.pdf', 'signed-agreement'],
    ['service-contract.pdf', 'signed-agreement'],
    ['Quote Q-118.pdf', 'proposal'],
    ['W-9 2024.pdf', 'certificate'],
    ['INV-00123 copy.pdf', 'invoice-copy'],
    ['letter to customer.pdf', 'correspondence'],
    ['report.pdf', 'other'],
    ['policy.pdf', 'other'],
    ['scan0001.jpg', 'other'],
  ])('%s is a %s', (name, category) => {
    expect(guessDocumentCategory(name)).toBe(category);
  });
});
