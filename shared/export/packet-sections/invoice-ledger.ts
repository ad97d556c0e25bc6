// Every invoice on the account, oldest due first, with what was delivered (so the agency can
// say what the debt is for) and the aging of what is still owed.
import { agingBucketLabels, agingBuckets, daysPastDue, isOutstanding } from '../../aging/aging';
import type { Invoice } from '../../invoices/schema';
import { amountsOf, daysLate, type CurrencyFigures } from '../account-figures';
import { plural } from '../document-format';
import { dataTable, emptyNote, escapeHtml, missing, section, type Column } from '../html';
import { amountsHtml, type PacketContext } from './packet-context';

const columns: Column[] = [
  { header: 'Invoice · PO · what was delivered' },
  { header: 'Issued' },
  { header: 'Due' },
  { header: 'Days late', className: 'num' },
  { header: 'Amount', className: 'num' },
  { header: 'Paid', className: 'num' },
  { header: 'Balance', className: 'num' },
  { header: 'Status' },
];

export function invoiceStatusBadge(invoice: Invoice, today: string): string {
  if (invoice.status === 'void') return '<span class="badge">Void</span>';
  if (invoice.status === 'closed-in-books') return '<span class="badge">Closed in the books</span>';
  if (invoice.status === 'paid' || invoice.balanceMinor === 0) return '<span class="badge good">Paid</span>';
  // A part payment shows in the Paid column; the badge says only whether the rest is late.
  if (daysPastDue(invoice.dueDate, today) > 0) return '<span class="badge bad">Past due</span>';
  return invoice.balanceMinor < invoice.amountMinor
    ? '<span class="badge warn">Part paid</span>'
    : '<span class="badge">Not yet due</span>';
}

export function sortedInvoices(invoices: readonly Invoice[]): Invoice[] {
  return [...invoices].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.number.localeCompare(b.number)));
}

/** "PO 4500068892"; a number already written as "PO 123" is not labelled twice. */
export function poLabel(poNumber: string): string {
  return /^p\.?o\.?(?![a-z])/i.test(poNumber) ? poNumber : `PO ${poNumber}`;
}

function invoiceRow(ctx: PacketContext, invoice: Invoice): string[] {
  const { fmt, figures } = ctx;
  const money = (minor: number) => escapeHtml(fmt.money(minor, invoice.currency));
  // Neither a void invoice nor one closed in the books has a paid part or balance to show.
  const voided = invoice.status === 'void' || invoice.status === 'closed-in-books';
  const late = isOutstanding(invoice) ? daysLate(invoice.dueDate, figures.today) : 0;
  // When it was sent matters only when that differs from the issue date (a late invoice).
  const sent =
    invoice.sentOn && invoice.sentOn !== invoice.issueDate ? `<span class="sub">sent ${escapeHtml(fmt.date(invoice.sentOn))}</span>` : '';
  const terms = invoice.terms ? `<span class="sub">${escapeHtml(invoice.terms)}</span>` : '';
  const po = invoice.poNumber ? ` <span class="muted nowrap">${escapeHtml(poLabel(invoice.poNumber))}</span>` : '';
  return [
    `<strong class="nowrap">${escapeHtml(invoice.number)}</strong>${po}${invoice.delivered ? `<span class="sub">${escapeHtml(invoice.delivered)}</span>` : ''}`,
    `<span class="nowrap">${escapeHtml(fmt.date(invoice.issueDate))}</span>${sent}`,
    `<span class="nowrap">${escapeHtml(fmt.date(invoice.dueDate))}</span>${terms}`,
    late > 0 ? String(late) : missing,
    money(invoice.amountMinor),
    voided ? missing : money(invoice.amountMinor - invoice.balanceMinor),
    voided ? missing : `<strong>${money(invoice.balanceMinor)}</strong>`,
    invoiceStatusBadge(invoice, figures.today),
  ];
}

/** The aging of what is owed: one row per currency (with the currency named when there are several). */
export function agingTable(ctx: PacketContext): string {
  const { fmt, figures: f } = ctx;
  const several = f.byCurrency.length > 1;
  const cols: Column[] = [
    ...(several ? [{ header: 'Currency' }] : []),
    ...agingBuckets.map((b) => ({ header: escapeHtml(agingBucketLabels[b]), className: 'num' })),
    { header: 'Total owed', className: 'num' },
  ];
  const rows = f.byCurrency.map((c) => [
    ...(several ? [`<strong>${escapeHtml(c.currency)}</strong>`] : []),
    ...agingBuckets.map((b) => escapeHtml(fmt.money(c.aging.buckets[b], c.currency))),
    `<strong>${escapeHtml(fmt.money(c.aging.totalDueMinor, c.currency))}</strong>`,
  ]);
  return dataTable({ columns: cols, rows, className: 'aging' });
}

export function invoiceLedgerSection(ctx: PacketContext): string {
  const { file, fmt, figures: f } = ctx;
  if (file.invoices.length === 0) return section('invoices', 'Invoice ledger', emptyNote('No invoices on file.'));
  const invoices = sortedInvoices(file.invoices);
  const counted = invoices.filter((i) => i.status !== 'void' && i.status !== 'closed-in-books');
  // The totals row: one line per currency in each amount column, never a sum across currencies.
  const lines = (pick: (c: CurrencyFigures) => number) => `<strong>${amountsHtml(ctx, amountsOf(f, pick), '<br>')}</strong>`;
  const leftOut = invoices.some((i) => i.status === 'closed-in-books') ? 'void and closed in the books left out' : 'void left out';
  const note = counted.length < invoices.length ? `, ${leftOut}` : '';
  const foot = [
    `Totals <span class="muted">(${escapeHtml(plural(counted.length, 'invoice'))}${note})</span>`,
    '',
    '',
    '',
    lines((c) => c.billedMinor),
    lines((c) => c.receivedMinor),
    lines((c) => c.billedMinor - c.receivedMinor),
    '',
  ];
  const lead = `${plural(invoices.length, 'invoice')}, ${plural(f.openInvoiceCount, 'still unpaid', 'still unpaid')}. Days past due are counted to ${fmt.date(f.today)}.`;
  const ledger = dataTable({ columns, rows: invoices.map((i) => invoiceRow(ctx, i)), foot, className: 'ledger' });
  return section('invoices', 'Invoice ledger', `${ledger}<h3>Aging of the amount owed</h3>${agingTable(ctx)}`, escapeHtml(lead));
}
