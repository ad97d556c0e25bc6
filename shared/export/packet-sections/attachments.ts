// The supporting documents (seed 002's "have handy" list: agreements, purchase orders, proof
// of delivery), listed and numbered. The files themselves follow the packet's last page in this
// same order: the exporter appends each PDF's pages and places each image on its own captioned
// page, so the document is rendered once, by the PDF assembly, never inlined here. A call
// recording is listed with its length and its call, but a PDF cannot carry sound: it is never
// sent to the exporter, so nothing is appended for it.
import { formatRecordingDuration } from '../../recordings/duration-format';
import { dataTable, emptyNote, escapeHtml, missing, section, type Column } from '../html';

interface PacketAttachmentBase {
  /** The file's name as attached. */
  name: string;
  /** What the document is, e.g. "Proof of delivery". */
  category?: string;
  /** The invoice it supports, or null/absent for the account as a whole. */
  invoiceNumber?: string | null;
}

export type PacketAttachment =
  | (PacketAttachmentBase & { kind: 'pdf' | 'image' })
  | (PacketAttachmentBase & {
      kind: 'recording';
      /** Its length, or null when neither the file nor a player has told it. */
      durationSeconds: number | null;
      /** When the call it records started, as the packet writes it; null when that call is not on file. */
      callStartedAt: string | null;
    });

const columns: Column[] = [
  { header: 'No.', className: 'num', width: '6%' },
  { header: 'Document' },
  { header: 'Type', width: '17%' },
  { header: 'About', width: '15%' },
  { header: 'In this packet', width: '27%' },
];

/** "Call recording — 3:25, recorded with the call of Mar 11, 2025, 11:40 AM PDT": the index's words for a recording. */
export function recordingIndexText(durationSeconds: number | null, callStartedAt: string | null): string {
  const call = callStartedAt ? `recorded with the call of ${callStartedAt}` : 'recorded with a call no longer on file';
  const length = durationSeconds === null ? 'length not known' : formatRecordingDuration(durationSeconds);
  return `Call recording — ${length}, ${call}`;
}

function where(a: PacketAttachment): string {
  if (a.kind === 'recording') return `${escapeHtml(recordingIndexText(a.durationSeconds, a.callStartedAt))}. Sound file, not in this PDF.`;
  return a.kind === 'image' ? 'Image, on its own page after this file' : 'PDF, appended after this file';
}

export function attachmentsSection(attachments: readonly PacketAttachment[]): string {
  if (attachments.length === 0) return section('documents', 'Attached documents', emptyNote('No documents are attached to this account.'));
  const rows = attachments.map((a, i) => [
    String(i + 1),
    `<span class="text">${escapeHtml(a.name)}</span>`,
    a.category ? escapeHtml(a.category) : missing,
    a.invoiceNumber ? `<span class="nowrap">${escapeHtml(a.invoiceNumber)}</span>` : 'Whole account',
    where(a),
  ]);
  const recordings = attachments.some((a) => a.kind === 'recording')
    ? ' Call recordings are sound, which a PDF cannot hold: each is listed with its length and its call, and the creditor keeps the file.'
    : '';
  const lead = `Supporting documents follow the last page of this file, in this order: each PDF with all its pages, each image on a page of its own, captioned with its file name.${recordings}`;
  return section('documents', 'Attached documents', dataTable({ columns, rows, className: 'documents' }), escapeHtml(lead));
}
