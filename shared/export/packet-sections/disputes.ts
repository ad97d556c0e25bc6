// Disputes the customer raised, open or resolved: an agency must know what is contested before
// it asks for a cent.
import { disputeReasonLabels } from '../../disputes/schema';
import { chronological } from '../account-file';
import { dataTable, emptyNote, escapeHtml, section, type Column } from '../html';
import type { PacketContext } from './packet-context';

const columns: Column[] = [
  { header: 'Opened', width: '12%' },
  { header: 'Invoice', width: '12%' },
  { header: 'Reason', width: '18%' },
  { header: 'What the customer says' },
  { header: 'Status', width: '12%' },
];

export function disputesSection(ctx: PacketContext): string {
  const { file, fmt } = ctx;
  if (file.disputes.length === 0) return section('disputes', 'Disputes', emptyNote('The customer has not disputed any invoice.'));
  const tz = ctx.settings.officeTimeZone;
  const rows = chronological(file.disputes, (d) => d.openedAt).map((d) => [
    `<span class="nowrap">${escapeHtml(fmt.dayOf(d.openedAt, tz))}</span>`,
    `<span class="nowrap">${escapeHtml(d.invoiceId ? (ctx.invoicesById.get(d.invoiceId)?.number ?? 'deleted invoice') : 'Whole account')}</span>`,
    escapeHtml(disputeReasonLabels[d.reason]),
    `<span class="text">${escapeHtml(d.details)}</span>`,
    d.status === 'open'
      ? '<span class="badge bad">Open</span>'
      : `<span class="badge good">Resolved</span>${d.resolvedAt ? `<span class="sub">${escapeHtml(fmt.dayOf(d.resolvedAt, tz))}</span>` : ''}`,
  ]);
  return section('disputes', 'Disputes', dataTable({ columns, rows, className: 'disputes' }));
}
