// The supporting documents (seed 002's "have handy" list: agreements, purchase orders, proof
// of delivery). The list is part of the packet. An image given with its data is placed here,
// one to a page, captioned with its document number and name; everything else (PDFs, images
// given without data) is appended after the packet by the exporter, in the listed order.
import { dataTable, emptyNote, escapeHtml, section, type Column } from '../html';

export interface PacketAttachment {
  name: string;
  kind: 'pdf' | 'image';
  /** Images only: the image itself as a base64 data: URL. */
  dataUrl?: string;
}

// Only inline raster or SVG images: anything else could point outside the document.
const imageDataUrl = /^data:image\/(?:png|jpeg|gif|webp|bmp|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/;

export function isPrintableImage(a: PacketAttachment): boolean {
  return a.kind === 'image' && typeof a.dataUrl === 'string' && imageDataUrl.test(a.dataUrl);
}

const columns: Column[] = [
  { header: 'No.', className: 'num', width: '6%' },
  { header: 'Document' },
  { header: 'Type', width: '9%' },
  { header: 'In this packet', width: '34%' },
];

function where(a: PacketAttachment): string {
  if (isPrintableImage(a)) return 'On its own page after this list';
  if (a.kind === 'image' && a.dataUrl !== undefined) return '<span class="muted">Could not be printed: not an embedded image</span>';
  return 'Appended after the last page of this file';
}

export function attachmentsSection(attachments: readonly PacketAttachment[]): string {
  if (attachments.length === 0) return section('documents', 'Attached documents', emptyNote('No documents are attached to this account.'));
  const rows = attachments.map((a, i) => [String(i + 1), `<span class="text">${escapeHtml(a.name)}</span>`, a.kind === 'pdf' ? 'PDF' : 'Image', where(a)]);
  const lead = 'Supporting documents, numbered as they appear: images follow on their own pages, PDF documents are appended in this order.';
  return section('documents', 'Attached documents', dataTable({ columns, rows, className: 'documents' }), escapeHtml(lead));
}

/** One page per printable image, after everything else. */
export function imagePages(attachments: readonly PacketAttachment[]): string {
  return attachments
    .map((a, i) => {
      if (!isPrintableImage(a)) return '';
      return (
        `<figure class="image-page"><div class="exhibit">Document ${i + 1}</div>` +
        `<figcaption>${escapeHtml(a.name)}</figcaption><img src="${escapeHtml(a.dataUrl)}" alt="${escapeHtml(a.name)}"></figure>`
      );
    })
    .join('');
}
