// The supporting documents (seed 002's "have handy" list: agreements, purchase orders, proof
// of delivery), listed and numbered. The files themselves follow the packet's last page in this
// same order: the exporter appends each PDF's pages and places each image on its own captioned
// page, so the document is rendered once, by the PDF assembly, never inlined here.
import { dataTable, emptyNote, escapeHtml, missing, section, type Column } from '../html';

export interface PacketAttachment {
  /** The file's name as attached. */
  name: string;
  kind: 'pdf' | 'image';
  /** What the document is, e.g. "Proof of delivery". */
  category?: string;
  /** The invoice it supports, or null/absent for the account as a whole. */
  invoiceNumber?: string | null;
}

const columns: Column[] = [
  { header: 'No.', className: 'num', width: '6%' },
  { header: 'Document' },
  { header: 'Type', width: '17%' },
  { header: 'About', width: '15%' },
  { header: 'In this packet', width: '27%' },
];

function where(a: PacketAttachment): string {
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
  const lead =
    'Supporting documents follow the last page of this file, in this order: each PDF with all its pages, each image on a page of its own, captioned with its file name.';
  return section('documents', 'Attached documents', dataTable({ columns, rows, className: 'documents' }), escapeHtml(lead));
}
