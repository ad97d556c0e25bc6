// What kind of file the user chose: the bytes decide what it is; the name (or, without an
// extension, the browser's stated type) says what the user meant it to be. Both matter: a
// text file renamed "agreement.pdf" is refused, and so is a photo saved as ".pdf".
import type { DocumentMime } from './schema';

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
const jpegSignature = [0xff, 0xd8, 0xff] as const;
const pdfMarker = [0x25, 0x50, 0x44, 0x46, 0x2d] as const; // "%PDF-"

/** PDF readers accept the "%PDF-" marker anywhere in the first kilobyte (some writers put junk first). */
export const pdfMarkerWindow = 1024;

/** How many leading bytes detectDocumentMime looks at: enough to read a file's type without loading it all. */
export const typeSniffBytes = pdfMarkerWindow + pdfMarker.length;

function matchesAt(bytes: Uint8Array, offset: number, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[offset + i] === byte);
}

/** The document type the bytes really are, or null when they are none of PDF, PNG or JPEG. */
export function detectDocumentMime(bytes: Uint8Array): DocumentMime | null {
  if (matchesAt(bytes, 0, pngSignature)) return 'image/png';
  if (matchesAt(bytes, 0, jpegSignature)) return 'image/jpeg';
  const lastStart = Math.min(bytes.length - pdfMarker.length, pdfMarkerWindow);
  for (let i = 0; i <= lastStart; i += 1) {
    if (matchesAt(bytes, i, pdfMarker)) return 'application/pdf';
  }
  return null;
}

/** What the user's file claims to be: one of ours, something else, or nothing at all. */
export type DeclaredType = { kind: 'document'; mime: DocumentMime } | { kind: 'other'; description: string } | { kind: 'unknown' };

const mimeByExtension: Record<string, DocumentMime> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jpe: 'image/jpeg',
  jfif: 'image/jpeg',
};

const mimeByStatedType: Record<string, DocumentMime> = {
  'application/pdf': 'application/pdf',
  'image/png': 'image/png',
  'image/jpeg': 'image/jpeg',
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
};

export function fileExtension(fileName: string): string | null {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0 || dot === fileName.length - 1) return null;
  return fileName.slice(dot + 1).toLowerCase();
}

/** The extension decides when there is one (it is what the user sees); otherwise the stated type. */
export function declaredDocumentType(fileName: string, statedType: string): DeclaredType {
  const extension = fileExtension(fileName);
  if (extension !== null) {
    const mime = mimeByExtension[extension];
    return mime ? { kind: 'document', mime } : { kind: 'other', description: `a .${extension} file` };
  }
  const type = statedType.toLowerCase().split(';')[0]?.trim() ?? '';
  if (type === '' || type === 'application/octet-stream') return { kind: 'unknown' };
  const mime = mimeByStatedType[type];
  return mime ? { kind: 'document', mime } : { kind: 'other', description: `a file of type ${type}` };
}

const mimeNames: Record<DocumentMime, string> = {
  'application/pdf': 'a PDF',
  'image/png': 'a PNG image',
  'image/jpeg': 'a JPEG image',
};

/** "a PDF", "a PNG image", "a JPEG image": for sentences telling the user what a file is. */
export function describeDocumentMime(mime: DocumentMime): string {
  return mimeNames[mime];
}

/** The usual extension for a type, for telling the user what to rename a file to. */
export function extensionFor(mime: DocumentMime): string {
  return mime === 'application/pdf' ? '.pdf' : mime === 'image/png' ? '.png' : '.jpg';
}
