// What an attached file really is. The bytes decide, not the name or the stated type: a scan
// saved as ".pdf" that is really a JPEG is still placed as an image.

export type AttachmentKind = 'pdf' | 'png' | 'jpeg' | 'unsupported';

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, i) => bytes[i] === byte);

/** '%PDF-' may follow some junk; readers accept it within the first kilobyte. */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= end; i += 1) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true;
  }
  return false;
}

function kindFromMime(mime: string): AttachmentKind {
  const type = mime.toLowerCase().split(';')[0]!.trim();
  if (type === 'application/pdf') return 'pdf';
  if (type === 'image/png') return 'png';
  if (type === 'image/jpeg' || type === 'image/jpg' || type === 'image/pjpeg') return 'jpeg';
  return 'unsupported';
}

export function attachmentKind(bytes: Uint8Array, mime: string): AttachmentKind {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (hasPdfHeader(bytes)) return 'pdf';
  // Unrecognised bytes: trust the stated type, so a damaged PDF is reported as an unreadable PDF.
  return kindFromMime(mime);
}
