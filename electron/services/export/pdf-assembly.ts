// Assembles the agency packet: the rendered account file, then its attached documents. PDFs are
// appended page by page; PNG and JPEG images each get a Letter page with a caption; anything that
// cannot be included (a picture over the pixel budget among them) becomes a page that says so by
// name. One bad attachment never costs the packet: the bookkeeper still gets a file to send, and
// can see what is missing. Main's thread never runs this: it runs as an isolated job, with a
// memory cap and a time limit (packet-job.ts, packet-assembly-runner.ts).
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import { checkImagePixels, describePixelSize, maxImageMegapixels } from '../../../shared/documents/pixel-budget';
import { attachmentKind } from './attachment-kind';
import { addImagePage, addPlaceholderPage } from './attachment-pages';

/** An attached document's file (shared/export's PacketAttachment is its entry in the packet's list). */
export interface AttachmentFile {
  name: string;
  mime: string;
  bytes: Uint8Array;
}

export interface PacketOptions {
  /** Shown as the window title in PDF viewers; defaults to the main document's own title. */
  title?: string;
  subject?: string;
  author?: string;
  /** Defaults to now. */
  createdAt?: Date;
  /** Called before the first attachment and after each one: `done` of the `total` attachments. */
  onAttachment?(done: number, total: number): void;
}

export const packetProducer = 'Call Desk';

/** What happened to each attachment, in order (for the export summary). */
export interface AssembledPacket {
  bytes: Uint8Array;
  /** Pages in the whole packet. */
  pages: number;
  attachments: { name: string; included: boolean; pages: number; reason?: string }[];
}

/**
 * pdf-lib's JPEG reader looks at the whole underlying ArrayBuffer, ignoring a view's offset, so a
 * view into a larger buffer (a Node Buffer from the shared pool, a subarray) would read the wrong
 * bytes. Such views are copied into their own buffer first.
 */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

type AttachmentOutcome = { included: true; pages: number } | { included: false; reason: string };

async function appendPdf(doc: PDFDocument, bytes: Uint8Array): Promise<AttachmentOutcome> {
  let source: PDFDocument;
  try {
    // Loaded even when encrypted so that case can be named: pdf-lib's EncryptedPDFError fails
    // `instanceof` (its classes are compiled to ES5), so the flag is the reliable test.
    source = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  } catch {
    return { included: false, reason: 'This PDF could not be read; it may be damaged or not really a PDF.' };
  }
  // Its pages would copy as unreadable ciphertext.
  if (source.isEncrypted) return { included: false, reason: 'This PDF is password-protected, so its pages cannot be copied.' };
  try {
    // A lenient parse can "succeed" on garbage, so even counting pages may throw.
    if (source.getPageCount() === 0) return { included: false, reason: 'This PDF has no pages.' };
    // Copy all pages before adding any, so a failure part-way adds nothing.
    const pages = await doc.copyPages(source, source.getPageIndices());
    for (const page of pages) doc.addPage(page);
    return { included: true, pages: pages.length };
  } catch {
    return { included: false, reason: 'This PDF could not be read; it may be damaged or not really a PDF.' };
  }
}

const unreadableImage = 'This image could not be read; it may be damaged.';

async function appendImage(doc: PDFDocument, font: PDFFont, attachment: AttachmentFile, kind: 'png' | 'jpeg'): Promise<AttachmentOutcome> {
  // Checked here as well as when it was attached: whatever the window sends, a picture is never
  // decoded before its header says it fits the pixel budget.
  const pixels = checkImagePixels(attachment.bytes, kind === 'png' ? 'image/png' : 'image/jpeg');
  if (!pixels.ok) {
    return pixels.problem === 'unreadable'
      ? { included: false, reason: unreadableImage }
      : {
          included: false,
          reason: `This picture is ${describePixelSize(pixels.size)}, more than the ${maxImageMegapixels} megapixels Call Desk places in a PDF.`,
        };
  }
  try {
    const image = kind === 'png' ? await doc.embedPng(attachment.bytes) : await doc.embedJpg(attachment.bytes);
    // Compressed into the document now rather than at save(), so the decoded pixels of one
    // picture are let go before the next is read, rather than all of them being held until then.
    await image.embed();
    addImagePage(doc, font, image, attachment.name);
    return { included: true, pages: 1 };
  } catch {
    return { included: false, reason: unreadableImage };
  }
}

/** The packet with a report of each attachment. The main document must be a readable PDF. */
export async function assemblePacketWithReport(
  mainPdf: Uint8Array,
  attachments: readonly AttachmentFile[],
  options: PacketOptions = {},
): Promise<AssembledPacket> {
  const doc = await PDFDocument.load(ownBuffer(mainPdf), { updateMetadata: false });
  const fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  const report: AssembledPacket['attachments'] = [];

  if (attachments.length > 0) options.onAttachment?.(0, attachments.length);
  for (const attachment of attachments) {
    const bytes = ownBuffer(attachment.bytes);
    const kind = attachmentKind(bytes, attachment.mime);
    const outcome =
      kind === 'pdf'
        ? await appendPdf(doc, bytes)
        : kind === 'unsupported'
          ? { included: false as const, reason: `Files of this type (${attachment.mime || 'unknown'}) cannot be placed in a PDF.` }
          : await appendImage(doc, fonts.regular, { ...attachment, bytes }, kind);
    if (!outcome.included) addPlaceholderPage(doc, fonts, attachment.name, outcome.reason);
    report.push(
      outcome.included
        ? { name: attachment.name, included: true, pages: outcome.pages }
        : { name: attachment.name, included: false, pages: 1, reason: outcome.reason },
    );
    options.onAttachment?.(report.length, attachments.length);
  }

  const createdAt = options.createdAt ?? new Date();
  doc.setTitle(options.title || doc.getTitle() || 'Account file', { showInWindowTitleBar: true });
  if (options.subject !== undefined) doc.setSubject(options.subject);
  if (options.author !== undefined) doc.setAuthor(options.author);
  doc.setProducer(packetProducer);
  doc.setCreator(packetProducer);
  doc.setCreationDate(createdAt);
  doc.setModificationDate(createdAt);
  return { bytes: await doc.save(), pages: doc.getPageCount(), attachments: report };
}

/** The main document followed by its attachments (see assemblePacketWithReport). */
export async function assemblePacket(
  mainPdf: Uint8Array,
  attachments: readonly AttachmentFile[],
  options: PacketOptions = {},
): Promise<Uint8Array> {
  return (await assemblePacketWithReport(mainPdf, attachments, options)).bytes;
}
