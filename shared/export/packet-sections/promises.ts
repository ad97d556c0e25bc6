// Every promise to pay, oldest first, with what became of it: a run of broken promises is the
// clearest evidence that calling has stopped working.
import { promiseMethodLabels, type PaymentPromise, type PromiseStatus } from '../../promises/schema';
import { chronological } from '../account-file';
import { plural } from '../document-format';
import { dataTable, emptyNote, escapeHtml, section, type Column } from '../html';
import { promiseStatusLabels } from '../record-labels';
import { contactName, invoiceNumbers, type PacketContext } from './packet-context';

const columns: Column[] = [
  { header: 'Made on' },
  { header: 'By' },
  { header: 'Amount', className: 'num' },
  { header: 'Promised for' },
  { header: 'Method' },
  { header: 'Invoices' },
  { header: 'Outcome' },
];

const statusTone: Record<PromiseStatus, string> = { open: '', kept: 'good', 'partially-kept': 'warn', broken: 'bad', cancelled: '' };

function plan(ctx: PacketContext, p: PaymentPromise): string {
  if (p.instalments.length === 0) return '';
  const items = p.instalments.map(
    (i) => `<li>${escapeHtml(ctx.fmt.date(i.dueDate))}: ${escapeHtml(ctx.fmt.money(i.amountMinor, p.currency))}</li>`,
  );
  return `<span class="sub">${escapeHtml(plural(p.instalments.length, 'instalment'))}:</span><ul class="plan">${items.join('')}</ul>`;
}

/** "5 promises: 1 kept, 3 broken, 1 open", in a fixed order of statuses. */
export function promiseHistoryLine(promises: readonly PaymentPromise[]): string {
  const order: PromiseStatus[] = ['kept', 'partially-kept', 'broken', 'open', 'cancelled'];
  const counts = order.map((s) => [s, promises.filter((p) => p.status === s).length] as const).filter(([, n]) => n > 0);
  return `${plural(promises.length, 'promise')}: ${counts.map(([s, n]) => `${n} ${promiseStatusLabels[s].toLowerCase()}`).join(', ')}.`;
}

export function promisesSection(ctx: PacketContext): string {
  const { file, fmt } = ctx;
  if (file.promises.length === 0)
    return section('promises', 'Promises to pay', emptyNote('No promise to pay has been made on this account.'));
  const tz = ctx.settings.officeTimeZone;
  const rows = chronological(file.promises, (p) => p.createdAt).map((p) => {
    const numbers = invoiceNumbers(ctx, p.invoiceIds);
    const tone = statusTone[p.status];
    return [
      `<span class="nowrap">${escapeHtml(fmt.dayOf(p.createdAt, tz))}</span>`,
      escapeHtml(contactName(ctx, p.contactId) ?? '—'),
      escapeHtml(fmt.money(p.amountMinor, p.currency)),
      `<span class="nowrap">${escapeHtml(fmt.date(p.promisedDate))}</span>${plan(ctx, p)}`,
      escapeHtml(promiseMethodLabels[p.method]),
      numbers.length ? escapeHtml(numbers.join(', ')) : '<span class="muted">Whole account</span>',
      `<span class="badge${tone ? ` ${tone}` : ''}">${escapeHtml(promiseStatusLabels[p.status])}</span>`,
    ];
  });
  return section(
    'promises',
    'Promises to pay',
    dataTable({ columns, rows, className: 'promises' }),
    escapeHtml(promiseHistoryLine(file.promises)),
  );
}
