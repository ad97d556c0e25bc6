// Page 1 of the packet: who owes what, since when, who can pay, and why they have not — the
// facts an agency needs before it reads anything else.
import { callResultLabels } from '../../calls/schema';
import { disputeReasonLabels } from '../../disputes/schema';
import { formatPhone } from '../../phone/phone';
import { promiseMethodLabels } from '../../promises/schema';
import { chronological } from '../account-file';
import { amountsOf, anyAmount, daysLate, type CurrencyFigures } from '../account-figures';
import { plural } from '../document-format';
import { escapeHtml, missing, section, textOrDash, dataTable, type Column } from '../html';
import { documentedNonPaymentReason, nonPaymentSourceLabels, type NonPaymentReason } from '../non-payment-reason';
import {
  addressLabelNames,
  addressLines,
  customerKindLabels,
  customerStatusLabels,
  paymentMethodLabels,
  phoneLabelNames,
} from '../record-labels';
import { branchTitles } from './call-log';
import { amountsHtml, contactName, invoiceNumbers, type PacketContext } from './packet-context';

export interface Placement {
  agencyName: string;
  /** 'YYYY-MM-DD' */
  placedOn: string;
  /** The agency's own file number, when it gave one. */
  agencyReference?: string;
}

/** A figure's value: already-escaped HTML (amounts one per currency, each on its own line). */
function figure(label: string, valueHtml: string, note: string, alert = false): string {
  return `<div class="figure"><div class="label">${escapeHtml(label)}</div><div class="value${alert ? ' alert' : ''}">${valueHtml}</div><div class="note">${escapeHtml(note)}</div></div>`;
}

function keyFigures(ctx: PacketContext): string {
  const { fmt, figures: f } = ctx;
  const lines = (pick: (c: CurrencyFigures) => number) => amountsHtml(ctx, amountsOf(f, pick), '<br>');
  const over90 = f.byCurrency
    .filter((c) => c.aging.buckets['90+'] > 0)
    .map((c) => ({ currency: c.currency, amountMinor: c.aging.buckets['90+'] }));
  const pastDue = anyAmount(f, (c) => c.aging.pastDueMinor);
  const last = f.lastPayment;
  return (
    '<div class="figures">' +
    figure(
      'Total owed',
      lines((c) => c.aging.totalDueMinor),
      plural(f.openInvoiceCount, 'open invoice'),
      pastDue,
    ) +
    figure(
      'Past due',
      lines((c) => c.aging.pastDueMinor),
      over90.length > 0 ? `${over90.map((a) => fmt.money(a.amountMinor, a.currency)).join(' · ')} over 90 days` : 'None over 90 days',
      pastDue,
    ) +
    figure(
      'Oldest due date',
      escapeHtml(f.oldestOpenDueDate ? fmt.date(f.oldestOpenDueDate) : '—'),
      f.oldestOpenDueDate ? `${plural(daysLate(f.oldestOpenDueDate, f.today), 'day')} past due` : 'Nothing unpaid',
    ) +
    figure(
      'Last payment',
      escapeHtml(last ? fmt.money(last.amountMinor, last.currency) : '—'),
      last ? `${fmt.date(last.receivedOn)}, ${paymentMethodLabels[last.method].toLowerCase()}` : 'None on file',
    ) +
    '</div>'
  );
}

function facts(rows: readonly [string, string][]): string {
  return `<dl class="facts">${rows.map(([dt, dd]) => `<dt>${escapeHtml(dt)}</dt><dd>${dd}</dd>`).join('')}</dl>`;
}

function accountFacts(ctx: PacketContext): string {
  const c = ctx.file.customer;
  const addresses = c.addresses.length
    ? c.addresses
        .map(
          (a) =>
            `<div>${escapeHtml(addressLines(a).join(', '))} <span class="muted">(${escapeHtml(addressLabelNames[a.label].toLowerCase())})</span></div>`,
        )
        .join('')
    : missing;
  return facts([
    ['Legal name', escapeHtml(c.legalName)],
    ['Trading name', textOrDash(c.tradingName)],
    ['Account number', textOrDash(c.accountNumber)],
    ['Kind', escapeHtml(customerKindLabels[c.kind])],
    ['Status', escapeHtml(customerStatusLabels[c.status])],
    ['Time zone', escapeHtml(c.timeZone)],
    ['Payment terms', textOrDash(c.defaultTerms)],
    ['Customer since', escapeHtml(ctx.fmt.dayOf(c.createdAt, ctx.settings.officeTimeZone))],
    ['Addresses', addresses],
  ]);
}

function balanceFacts(ctx: PacketContext, placement: Placement | null): string {
  const { fmt, figures: f } = ctx;
  const money = (pick: (c: CurrencyFigures) => number) => amountsHtml(ctx, amountsOf(f, pick));
  const last = f.lastPayment;
  // "Billed to date": each currency's billed amount with what was received of it.
  const billed = f.byCurrency
    .map(
      (c) =>
        `${escapeHtml(fmt.money(c.billedMinor, c.currency))} <span class="muted">(${escapeHtml(fmt.money(c.receivedMinor, c.currency))} received)</span>`,
    )
    .join(' · ');
  const rows: [string, string][] = [
    ['Total owed', `<strong>${money((c) => c.aging.totalDueMinor)}</strong>`],
    [
      'Original amounts',
      `${money((c) => c.originalOpenMinor)} <span class="muted">billed on the ${escapeHtml(plural(f.openInvoiceCount, 'open invoice'))}</span>`,
    ],
    ['Paid against them', money((c) => c.paidOnOpenMinor)],
    ['Past due', money((c) => c.aging.pastDueMinor)],
    [
      'Oldest due date',
      f.oldestOpenDueDate
        ? `${escapeHtml(fmt.date(f.oldestOpenDueDate))} <span class="muted">(${escapeHtml(plural(daysLate(f.oldestOpenDueDate, f.today), 'day'))} past due)</span>`
        : missing,
    ],
    [
      'Last payment',
      last
        ? `${escapeHtml(fmt.money(last.amountMinor, last.currency))} on ${escapeHtml(fmt.date(last.receivedOn))}${last.reference ? ` <span class="muted">(${escapeHtml(last.reference)})</span>` : ''}`
        : 'None on file',
    ],
    ['Billed to date', billed],
  ];
  if (placement) {
    const reference = placement.agencyReference
      ? ` <span class="muted">(their reference ${escapeHtml(placement.agencyReference)})</span>`
      : '';
    rows.push(['Placed with', `${escapeHtml(placement.agencyName)} on ${escapeHtml(fmt.date(placement.placedOn))}${reference}`]);
  }
  const earlier = chronological(
    ctx.file.placements.filter((p) => p.recalledAt !== null),
    (p) => p.recordedAt,
  );
  if (earlier.length > 0) {
    const tz = ctx.settings.officeTimeZone;
    const lines = earlier.map(
      (p) =>
        `<div>${escapeHtml(p.agencyName)}: placed ${escapeHtml(fmt.date(p.placedOn))}, recalled ${escapeHtml(fmt.dayOf(p.recalledAt ?? '', tz))}` +
        `${p.recallReason ? ` <span class="muted">(${escapeHtml(p.recallReason)})</span>` : ''}</div>`,
    );
    rows.push(['Earlier placements', lines.join('')]);
  }
  if (f.byCurrency.length > 1) {
    rows.push([
      'Note',
      escapeHtml(
        'This account is billed in more than one currency: each amount is given in its own currency and they are never added together.',
      ),
    ]);
  }
  return facts(rows);
}

function reasonCallout(ctx: PacketContext, reason: NonPaymentReason): string {
  const { fmt, file } = ctx;
  const tz = ctx.settings.officeTimeZone;
  const box = (source: string, body: string, plain = false) =>
    `<div class="callout${plain ? ' plain' : ''}"><div class="source">${escapeHtml(source)}</div>${body}</div>`;
  switch (reason.source) {
    case 'dispute': {
      const d = reason.dispute;
      const invoice = d.invoiceId ? invoiceNumbers(ctx, [d.invoiceId])[0] : null;
      const source = [
        nonPaymentSourceLabels.dispute,
        `opened ${fmt.dayOf(d.openedAt, tz)}`,
        invoice ? `invoice ${invoice}` : 'whole account',
      ].join(' · ');
      return box(
        source,
        `<p><strong>${escapeHtml(disputeReasonLabels[d.reason])}.</strong> <span class="text">${escapeHtml(d.details)}</span></p>`,
      );
    }
    case 'call': {
      const call = reason.call;
      const who = contactName(ctx, call.contactId);
      const amended = file.notes.some((n) => n.kind === 'call-correction' && n.correctsCallId === call.id);
      const result = call.result ? callResultLabels[call.result] : '';
      const paths = branchTitles(call, ctx.scripts).join(', ');
      const source = [nonPaymentSourceLabels.call, fmt.dateTime(call.startedAt, tz), result, paths, who ? `spoke with ${who}` : '']
        .filter(Boolean)
        .join(' · ');
      const amendNote = amended ? '<p class="muted">This call was later amended; the amendment is shown under it in the call log.</p>' : '';
      return box(source, `<p class="text">${escapeHtml(call.note)}</p>${amendNote}`);
    }
    case 'broken-promise': {
      const p = reason.promise;
      const invoices = p.invoiceIds.length ? ` for ${invoiceNumbers(ctx, p.invoiceIds).join(', ')}` : '';
      const source = `${nonPaymentSourceLabels['broken-promise']} · made ${fmt.dayOf(p.createdAt, tz)}`;
      const text = `Promised ${fmt.money(p.amountMinor, p.currency)} by ${fmt.date(p.promisedDate)} (${promiseMethodLabels[p.method].toLowerCase()})${invoices}; the payment did not arrive.`;
      return box(source, `<p>${escapeHtml(text)}</p>`);
    }
    case 'none':
      return box(
        nonPaymentSourceLabels.none,
        '<p>No reason is on file: there is no open dispute, no call where the customer gave a reason, and no broken promise.</p>',
        true,
      );
  }
}

function disputeStatus(ctx: PacketContext): string {
  const open = ctx.file.disputes.filter((d) => d.status === 'open');
  const resolved = ctx.file.disputes.length - open.length;
  const resolvedNote = resolved > 0 ? ` ${plural(resolved, 'earlier dispute was', 'earlier disputes were')} resolved (see Disputes).` : '';
  if (open.length === 0) return `<p>No open disputes.${escapeHtml(resolvedNote)}</p>`;
  const items = open.map((d) => {
    const invoice = d.invoiceId ? invoiceNumbers(ctx, [d.invoiceId])[0] : 'whole account';
    return `<li><strong>${escapeHtml(invoice)}</strong>: ${escapeHtml(disputeReasonLabels[d.reason])}, opened ${escapeHtml(ctx.fmt.dayOf(d.openedAt, ctx.settings.officeTimeZone))}</li>`;
  });
  return `<p><span class="badge bad">${escapeHtml(plural(open.length, 'open dispute'))}</span>${escapeHtml(resolvedNote)}</p><ul>${items.join('')}</ul>`;
}

const contactColumns: Column[] = [
  { header: 'Name' },
  { header: 'Role' },
  { header: 'Payment' },
  { header: 'Phones' },
  { header: 'Emails' },
];

function contactsTable(ctx: PacketContext): string {
  if (ctx.file.contacts.length === 0) return '<p class="empty">No contacts on file.</p>';
  const rows = ctx.file.contacts.map((c) => [
    `<strong>${escapeHtml(c.name)}</strong>${c.notes ? `<span class="sub">${escapeHtml(c.notes)}</span>` : ''}`,
    textOrDash(c.role),
    c.authorisesPayment ? '<span class="badge good">Authorises payment</span>' : '<span class="muted">Cannot approve</span>',
    c.phones.length
      ? c.phones
          .map(
            (p) =>
              `<div class="nowrap">${escapeHtml(formatPhone(p, ctx.settings.defaultCountry))} <span class="muted">${escapeHtml(phoneLabelNames[p.label].toLowerCase())}</span></div>`,
          )
          .join('')
      : missing,
    c.emails.length ? c.emails.map((e) => `<div>${escapeHtml(e)}</div>`).join('') : missing,
  ]);
  return dataTable({ columns: contactColumns, rows, className: 'contacts' });
}

/** The account's name in large type under the masthead: what this packet is about. */
export function accountSubject(ctx: PacketContext): string {
  const c = ctx.file.customer;
  const also = [
    c.tradingName && c.tradingName !== c.legalName ? `Trading as ${c.tradingName}` : '',
    c.accountNumber ? `Account ${c.accountNumber}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return `<div class="subject"><h1>${escapeHtml(c.legalName)}</h1>${also ? `<div class="also">${escapeHtml(also)}</div>` : ''}</div>`;
}

export function placementSummarySection(ctx: PacketContext, placement: Placement | null): string {
  const c = ctx.file.customer;
  const reason = documentedNonPaymentReason(ctx.file);
  const notes = c.notes ? `<h3>Account notes</h3><p class="text">${escapeHtml(c.notes)}</p>` : '';
  const content =
    keyFigures(ctx) +
    `<div class="columns"><div><h3>Account</h3>${accountFacts(ctx)}</div><div><h3>Balance</h3>${balanceFacts(ctx, placement)}</div></div>` +
    `<h3>Documented reason for non-payment</h3>${reasonCallout(ctx, reason)}` +
    `<h3>Dispute status</h3>${disputeStatus(ctx)}` +
    `<h3>Contacts</h3>${contactsTable(ctx)}` +
    notes;
  return section('placement-summary', 'Placement summary', content);
}
