// Payments received, oldest first, and the invoices each was applied to: the agency must not
// chase an amount already paid.
import type { Payment } from '../../payments/schema';
import { chronological } from '../account-file';
import { plural } from '../document-format';
import { dataTable, emptyNote, escapeHtml, section, textOrDash, type Column } from '../html';
import { paymentMethodLabels } from '../record-labels';
import { amountsHtml, type PacketContext } from './packet-context';

const columns: Column[] = [
  { header: 'Received', width: '14%' },
  { header: 'Amount', className: 'num', width: '13%' },
  { header: 'Method', width: '14%' },
  { header: 'Reference', width: '20%' },
  { header: 'Applied to' },
];

function appliedTo(ctx: PacketContext, payment: Payment): string {
  return payment.allocations
    .map((a) => {
      const number = ctx.invoicesById.get(a.invoiceId)?.number ?? 'deleted invoice';
      return `<span class="nowrap">${escapeHtml(number)} <span class="muted">${escapeHtml(ctx.fmt.money(a.amountMinor, payment.currency))}</span></span>`;
    })
    .join(', ');
}

export function paymentsSection(ctx: PacketContext): string {
  const { file, fmt, figures } = ctx;
  if (file.payments.length === 0) return section('payments', 'Payments', emptyNote('No payments have been received on this account.'));
  const payments = chronological(file.payments, (p) => `${p.receivedOn}|${p.createdAt}`);
  const rows = payments.map((p) => [
    `<span class="nowrap">${escapeHtml(fmt.date(p.receivedOn))}</span>`,
    escapeHtml(fmt.money(p.amountMinor, p.currency)),
    escapeHtml(paymentMethodLabels[p.method]),
    textOrDash(p.reference),
    appliedTo(ctx, p),
  ]);
  const foot = [
    `Total <span class="muted">(${escapeHtml(plural(payments.length, 'payment'))})</span>`,
    `<strong>${amountsHtml(ctx, figures.paymentTotals, '<br>')}</strong>`,
    '',
    '',
    '',
  ];
  return section('payments', 'Payments', dataTable({ columns, rows, foot, className: 'payments' }));
}
