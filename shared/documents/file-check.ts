// Whether a chosen file can be attached, and if not, a sentence saying why and what to do.
// The attach dialog runs it as files are chosen (so the user sees every refusal before
// attaching anything) and the repository runs it again before writing.
import { describeDocumentMime, declaredDocumentType, detectDocumentMime, extensionFor, fileExtension } from './file-type';
import { formatFileSize } from './file-size';
import { checkImagePixels, describePixelSize, maxImageMegapixels } from './pixel-budget';
import { maxDocumentBytes, type DocumentMime } from './schema';

export const maxFileNameLength = 255;

/** Names a sound file goes by: such a file is a call's recording, attached on the call instead. */
const soundExtensions = new Set(['wav', 'mp3', 'm4a', 'aac', 'ogg', 'oga', 'opus', 'webm']);

export interface ChosenFile {
  name: string;
  /** The type the browser or OS stated for the file ('' when it stated none). */
  type: string;
  size: number;
}

export type FileCheck = { ok: true; mime: DocumentMime } | { ok: false; reason: string };

/** The refusals that need no bytes: checked first so a huge file is never read into memory. */
export function refusalBeforeReading(file: ChosenFile): string | null {
  const name = file.name.trim();
  if (name === '') return 'A file without a name cannot be attached.';
  if (name.length > maxFileNameLength) {
    return `The file name "${name.slice(0, 40)}…" is too long (at most ${maxFileNameLength} characters). Rename the file and attach it again.`;
  }
  if (file.size === 0) return `${name} is empty (0 bytes), so there is nothing to attach.`;
  if (file.size > maxDocumentBytes) {
    return `${name} is too large to attach (${formatFileSize(file.size)}; the limit is ${formatFileSize(maxDocumentBytes)}). Save a smaller copy (for example, scan at a lower resolution) and attach that.`;
  }
  const declared = declaredDocumentType(name, file.type);
  if (declared.kind === 'other' && soundExtensions.has(fileExtension(name) ?? '')) {
    return `${name} is a sound recording. A recording is kept with its call: open the call from the timeline and use “Attach recording…” there.`;
  }
  if (declared.kind === 'other') {
    return `${name} is ${declared.description}. Only PDF documents and PNG or JPEG images can be attached: save or scan it as a PDF first.`;
  }
  return null;
}

/** A picture over the pixel budget, or one whose size cannot be read, is refused by its header. */
function pictureRefusal(name: string, mime: 'image/png' | 'image/jpeg', bytes: Uint8Array): string | null {
  const check = checkImagePixels(bytes, mime);
  if (check.ok) return null;
  if (check.problem === 'unreadable') {
    return `${name} looks like ${describeDocumentMime(mime)}, but its size in pixels cannot be read, so it may be damaged. Open it on your computer, save it again, and attach the new copy.`;
  }
  return `${name} is ${describePixelSize(check.size)}; Call Desk accepts pictures up to ${maxImageMegapixels} megapixels. Save a smaller copy and attach that.`;
}

/** The full check, on the file's whole bytes (a JPEG's size can come after long metadata). */
export function checkDocumentFile(file: ChosenFile, bytes: Uint8Array): FileCheck {
  const early = refusalBeforeReading(file);
  if (early) return { ok: false, reason: early };
  const name = file.name.trim();
  const actual = detectDocumentMime(bytes);
  const declared = declaredDocumentType(name, file.type);
  if (actual === null) {
    const claimed =
      declared.kind === 'document' ? `is named as ${describeDocumentMime(declared.mime)}, but its contents are not` : 'is not';
    return {
      ok: false,
      reason: `${name} ${claimed} a PDF, PNG or JPEG file. It may be damaged, or a different kind of file that was renamed. Open it on your computer and save it as a PDF, then attach it again.`,
    };
  }
  if (declared.kind === 'document' && declared.mime !== actual) {
    return {
      ok: false,
      reason: `${name} is named as ${describeDocumentMime(declared.mime)}, but it contains ${describeDocumentMime(actual)}. Rename it to end in ${extensionFor(actual)} and attach it again.`,
    };
  }
  const refusal = actual === 'application/pdf' ? null : pictureRefusal(name, actual, bytes);
  if (refusal) return { ok: false, reason: refusal };
  return { ok: true, mime: actual };
}
