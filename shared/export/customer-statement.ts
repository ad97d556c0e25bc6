// A statement of account to send to the customer (issue 4, point 5): what is open, how old it
// is, the total, and by when and whom to pay. Polite and factual: it goes to a customer we
// still hope to keep (seed 002).
import { isOutstanding } from '../aging/aging';
import { addDays, type CalendarDate } from '../dates/calendar';
import { formatInstant, officeClockOf } from '../dates/office-time';
import type { Invoice } from '../invoices/schema';
import type { CurrencyAmount } from '../money/currency-totals';
import { paymentDetailLines, remitToLines, textLines } from '../settings/how-to-pay';
import { callbackNumberShown } from '../settings/callback-number';
import type { Settings } from '../settings/schema';
import type { AccountFile } from './account-file';
import { amountsOf, anyAmount, daysLate, type CurrencyFigures } from './account-figures';
import { plural } from './document-format';
import { dataTable, escapeHtml, missing, type Column } from './html';
import { agingTable, sortedInvoices } from './packet-sections/invoice-ledger';
import { amountsHtml, packetContext, type PacketContext } from './packet-sections/packet-context';
import { masthead, paperSizeFor, printDocument, printHeaderFooter, type HeaderFooterTemplates } from './print-document';
import { addressLines } from './record-labels';

export interface CustomerStatementInput {
  file: AccountFile;
  settings: Settings;
  generatedAt: Date;
  /** The date the statement asks payment by; two weeks after the statement date if not given. */
  payBy?: CalendarDate;
}

export const statementDocumentTitle = 'Statement of account';
const defaultPayDays = 14;

const columns: Column[] = [
  { header: 'Invoice', width: '30%' },
  { header: 'Your PO', width: '10%' },
  { header: 'Issued', width: '11%' },
  { header: 'Due', width: '11%' },
  { header: 'Days late', className: 'num', width: '8%' },
  { header: 'Amount', className: 'num', width: '10%' },
  { header: 'Paid', className: 'num', width: '10%' },
  { header: 'Balance', className: 'num', width: '10%' },
];

/** The invoices a statement lists: unpaid, in every currency (each row in its own), oldest due first. */
export function statementInvoices(ctx: PacketContext): Invoice[] {
  return sortedInvoices(ctx.file.invoices.filter((i) => isOutstanding(i)));
}

/** What is owed, one amount per currency with something owed (a single zero when nothing is). */
function owed(ctx: PacketContext): CurrencyAmount[] {
  const amounts = amountsOf(ctx.figures, (c) => c.aging.totalDueMinor).filter((a) => a.amountMinor > 0);
  return amounts.length > 0 ? amounts : amountsOf(ctx.figures, (c) => c.aging.totalDueMinor).slice(0, 1);
}

function recipient(ctx: PacketContext): string {
  const c = ctx.file.customer;
  const attention = ctx.file.contacts.find((p) => p.authorisesPayment) ?? ctx.file.contacts[0];
  const address = c.addresses.find((a) => a.label === 'billing') ?? c.addresses[0];
  const lines = [
    `<strong>${escapeHtml(c.legalName)}</strong>`,
    c.tradingName && c.tradingName !== c.legalName ? escapeHtml(`Trading as ${c.tradingName}`) : '',
    attention ? escapeHtml(`Attn: ${attention.name}${attention.role ? `, ${attention.role}` : ''}`) : '',
    ...(address ? addressLines(address).map(escapeHtml) : []),
  ].filter(Boolean);
  return `<div><h3>Statement for</h3><div class="address-block">${lines.map((l) => `<div>${l}</div>`).join('')}</div></div>`;
}

function amountDue(ctx: PacketContext, payBy: CalendarDate): string {
  const { fmt, figures: f } = ctx;
  const late = amountsOf(f, (c) => c.aging.pastDueMinor).filter((a) => a.amountMinor > 0);
  const pastDue = late.length > 0 ? `<div>Of which past due: <strong>${amountsHtml(ctx, late)}</strong></div>` : '';
  // One line per currency: amounts in different currencies are never added into one figure.
  const amounts = owed(ctx)
    .map((a) => `<div class="amount">${escapeHtml(fmt.money(a.amountMinor, a.currency))}</div>`)
    .join('');
  return (
    `<div><h3>Amount due</h3><div class="pay-box">${amounts}` +
    `${pastDue}<div>Please pay by <strong>${escapeHtml(fmt.date(payBy))}</strong></div></div></div>`
  );
}

/** "$1,200.00", "$1,200.00 and CA$300.00", "$1.00, CA$2.00 and €3.00". */
function andList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function lineBlock(lines: readonly string[]): string {
  return `<div class="address-block">${lines.map((l) => `<div>${escapeHtml(l)}</div>`).join('')}</div>`;
}

/** Where and how to pay: the bank details, and the postal address for cheques. */
function howToPay(ctx: PacketContext): string {
  const { settings, file } = ctx;
  const bank = paymentDetailLines(settings);
  const post = remitToLines(settings);
  if (!bank.length && !post.length) return '';
  const reference = file.customer.accountNumber
    ? `Please quote account ${file.customer.accountNumber} with your payment.`
    : 'Please quote the invoice numbers with your payment.';
  return (
    '<h2>How to pay</h2><div class="columns">' +
    (bank.length ? `<div><h3>By bank transfer</h3>${lineBlock(bank)}</div>` : '') +
    (post.length ? `<div><h3>By cheque or post, payable to ${escapeHtml(settings.companyName)}</h3>${lineBlock(post)}</div>` : '') +
    `</div><p>${escapeHtml(reference)}</p>`
  );
}

function invoiceRows(ctx: PacketContext, invoices: readonly Invoice[]): string[][] {
  const { fmt, figures } = ctx;
  return invoices.map((i) => {
    const late = daysLate(i.dueDate, figures.today);
    return [
      `<strong class="nowrap">${escapeHtml(i.number)}</strong>${i.delivered ? `<span class="sub">${escapeHtml(i.delivered)}</span>` : ''}`,
      i.poNumber ? `<span class="nowrap">${escapeHtml(i.poNumber)}</span>` : missing,
      `<span class="nowrap">${escapeHtml(fmt.date(i.issueDate))}</span>`,
      `<span class="nowrap">${escapeHtml(fmt.date(i.dueDate))}</span>`,
      late > 0 ? String(late) : missing,
      escapeHtml(fmt.money(i.amountMinor, i.currency)),
      escapeHtml(fmt.money(i.amountMinor - i.balanceMinor, i.currency)),
      `<strong>${escapeHtml(fmt.money(i.balanceMinor, i.currency))}</strong>`,
    ];
  });
}

function closing(ctx: PacketContext, payBy: CalendarDate): string {
  const { settings, fmt, figures: f } = ctx;
  const balance = andList(owed(ctx).map((a) => fmt.money(a.amountMinor, a.currency)));
  const who = settings.callbackNumber
    ? `call ${settings.callerName} on ${callbackNumberShown(settings)}`
    : `contact ${settings.callerName}`;
  const ask = anyAmount(f, (c) => c.aging.totalDueMinor)
    ? `Please pay the balance of ${balance} by ${fmt.date(payBy)}. If your payment is already on its way, thank you, and please disregard this reminder.`
    : 'Nothing is owed on this account today. Thank you.';
  return (
    `<div class="signoff"><p>${escapeHtml(ask)}</p>` +
    `<p>${escapeHtml(`If anything on this statement looks wrong, or you would like to arrange payment, please ${who}.`)}</p>` +
    `<p>${escapeHtml(settings.callerName)}<br>${escapeHtml(settings.companyName)}</p>` +
    `${lineBlock(textLines(settings.companyAddress))}</div>`
  );
}

export function customerStatementHtml(input: CustomerStatementInput): string {
  const { file, settings, generatedAt } = input;
  const ctx = packetContext(file, settings, generatedAt);
  const payBy = input.payBy ?? addDays(ctx.figures.today, defaultPayDays);
  const invoices = statementInvoices(ctx);
  const meta = [
    `Statement date ${ctx.fmt.date(ctx.figures.today)}`,
    file.customer.accountNumber ? `Account ${file.customer.accountNumber}` : '',
    settings.callbackNumber ? `Questions: ${settings.callerName}, ${callbackNumberShown(settings)}` : `Questions: ${settings.callerName}`,
  ];
  // Totals one line per currency with something open.
  const openIn = ctx.figures.byCurrency.filter((c) => c.aging.openInvoiceCount > 0);
  const lines = (pick: (c: CurrencyFigures) => number) =>
    `<strong>${amountsHtml(
      ctx,
      openIn.map((c) => ({ currency: c.currency, amountMinor: pick(c) })),
      '<br>',
    )}</strong>`;
  const foot = [
    `Total <span class="muted">(${escapeHtml(plural(invoices.length, 'open invoice'))})</span>`,
    '',
    '',
    '',
    '',
    lines((c) => c.originalOpenMinor),
    lines((c) => c.paidOnOpenMinor),
    lines((c) => c.aging.totalDueMinor),
  ];
  const table = invoices.length
    ? dataTable({ columns, rows: invoiceRows(ctx, invoices), foot, className: 'statement' })
    : '<p class="empty">There are no open invoices on this account.</p>';
  const body =
    masthead(settings.companyName, statementDocumentTitle, meta) +
    `<div class="columns">${recipient(ctx)}${amountDue(ctx, payBy)}</div>` +
    `<h2>Open invoices</h2>${table}` +
    (invoices.length ? `<h3>Aging</h3>${agingTable(ctx)}` : '') +
    (anyAmount(ctx.figures, (c) => c.aging.totalDueMinor) ? howToPay(ctx) : '') +
    closing(ctx, payBy);
  return printDocument({
    title: `${statementDocumentTitle}: ${file.customer.legalName}`,
    locale: settings.locale,
    paper: paperSizeFor(settings),
    body,
  });
}

export function customerStatementHeaderFooter(settings: Settings, generatedAt: Date, accountName?: string): HeaderFooterTemplates {
  return printHeaderFooter({
    headerLeft: settings.companyName,
    headerRight: accountName ? `${statementDocumentTitle}: ${accountName}` : statementDocumentTitle,
    footerLeft: `Issued ${formatInstant(generatedAt, officeClockOf(settings), 'date')}`,
  });
}
