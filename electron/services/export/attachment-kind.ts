// What an attached file really is. The bytes decide (shared/documents/file-type.ts, the same
// test the renderer applies when a file is attached), not the name or the stated type: a scan
// saved as ".pdf" that is really a JPEG is still placed as an image.
import { detectDocumentMime } from '../../../shared/documents/file-type';

export type AttachmentKind = 'pdf' | 'png' | 'jpeg' | 'unsupported';

const kindByMime: Record<string, AttachmentKind> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/jpg': 'jpeg',
  'image/pjpeg': 'jpeg',
};

export function attachmentKind(bytes: Uint8Array, mime: string): AttachmentKind {
  const detected = detectDocumentMime(bytes);
  // Unrecognised bytes: trust the stated type, so a damaged PDF is reported as an unreadable PDF.
  const type = detected ?? mime.toLowerCase().split(';')[0]!.trim();
  return kindByMime[type] ?? 'unsupported';
}
