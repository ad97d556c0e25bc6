// Everything main needs to write one agency packet: the printable document (HTML, header and
// footer, paper, title) and the attached files in the order the packet numbers them. Built here,
// from records alone, so the single-account and multi-account exports send the same packet.
import type { StoredScript } from '../scripts/library/script-schema';
import { todayIn } from '../dates/calendar';
import { documentCategoryLabels, isAudioMime, type StoredDocument } from '../documents/schema';
import type { PdfAttachmentInput, PrintableDocument } from '../ipc/files-contract';
import type { AgencyPlacement } from '../placements/schema';
import type { Settings } from '../settings/schema';
import type { AccountFile } from './account-file';
import {
  agencyPacketDocumentTitle,
  agencyPacketFileName,
  agencyPacketHeaderFooter,
  agencyPacketHtml,
  type PacketAttachment,
  type Placement,
} from './agency-packet';
import { documentFormat } from './document-format';
import { paperSizeFor } from './print-document';

/** An attached document with its bytes, as read from the database. */
export interface PacketDocument {
  document: StoredDocument;
  /**
   * Backed by a plain ArrayBuffer, as IndexedDB returns it and IPC carries it. Empty for a call
   * recording: it is listed, never sent, so its sound need not be read.
   */
  bytes: Uint8Array<ArrayBuffer>;
}

export interface AgencyPacketRequest {
  document: PrintableDocument;
  /** In the packet's numbering order. */
  attachments: PdfAttachmentInput[];
  /** A file name to suggest or to write under, safe on Windows and macOS. */
  fileName: string;
}

/**
 * The order documents are numbered and appended in: the order the customer file lists them
 * (newest first, then by name), so the packet reads like the screen the user checked it on.
 */
export function packetDocumentOrder<T extends { document: Pick<StoredDocument, 'addedAt' | 'fileName' | 'id'> }>(
  documents: readonly T[],
): T[] {
  return [...documents].sort(
    (a, b) =>
      b.document.addedAt.localeCompare(a.document.addedAt) ||
      a.document.fileName.localeCompare(b.document.fileName) ||
      a.document.id.localeCompare(b.document.id),
  );
}

/** The placement the packet prints: the current one, if the account is with an agency. */
export function currentPlacementOf(file: AccountFile): Placement | null {
  const current = file.customer.placement;
  if (!current) return null;
  const record: AgencyPlacement | undefined = file.placements.find((p) => p.id === current.placementId);
  return { agencyName: current.agencyName, placedOn: current.placedOn, agencyReference: record?.agencyReference ?? '' };
}

export function agencyPacketRequest(input: {
  file: AccountFile;
  settings: Settings;
  generatedAt: Date;
  documents: readonly PacketDocument[];
  scriptVersions?: readonly StoredScript[];
}): AgencyPacketRequest {
  const { file, settings, generatedAt } = input;
  const ordered = packetDocumentOrder(input.documents);
  const invoiceNumbers = new Map(file.invoices.map((i) => [i.id, i.number]));
  const format = documentFormat(settings.locale);
  const callStarts = new Map(file.calls.map((c) => [c.id, format.dateTime(c.startedAt, settings.officeTimeZone)]));
  const listed: PacketAttachment[] = ordered.map(({ document }) => {
    const common = {
      name: document.fileName,
      category: documentCategoryLabels[document.category],
      invoiceNumber: document.invoiceId ? (invoiceNumbers.get(document.invoiceId) ?? 'deleted invoice') : null,
    };
    if (isAudioMime(document.mime)) {
      const callStartedAt = (document.callId && callStarts.get(document.callId)) || null;
      return { ...common, kind: 'recording', durationSeconds: document.durationSeconds ?? null, callStartedAt };
    }
    return { ...common, kind: document.mime === 'application/pdf' ? 'pdf' : 'image' };
  });
  const html = agencyPacketHtml({
    file,
    settings,
    generatedAt,
    placement: currentPlacementOf(file),
    attachments: listed,
    ...(input.scriptVersions ? { scriptVersions: input.scriptVersions } : {}),
  });
  const { headerTemplate, footerTemplate } = agencyPacketHeaderFooter(settings, generatedAt, file.customer.legalName);
  return {
    document: {
      html,
      headerTemplate,
      footerTemplate,
      paper: paperSizeFor(settings),
      title: `${file.customer.legalName}: ${agencyPacketDocumentTitle.toLowerCase()}`.slice(0, 300),
      author: settings.companyName,
    },
    // Sound cannot go into a PDF: recordings are only listed above, and never reach the assembly.
    attachments: ordered
      .filter(({ document }) => !isAudioMime(document.mime))
      .map(({ document, bytes }) => ({ name: document.fileName, mime: document.mime, bytes })),
    fileName: agencyPacketFileName(file, todayIn(settings.officeTimeZone, generatedAt)),
  };
}
