// Letters as a printable HTML document: one <article> per letter, each starting on a new page,
// so a batch prints as one job with one letter per account. Every value from a record or the
// settings is escaped here; the template's text arrives escaped from the engine (renderLetterHtml).
import { escapeHtml, tableHead, tableRow, type Column } from '../export/html';
import { paperSizeFor, printDocument, type HeaderFooterTemplates } from '../export/print-document';
import type { Settings } from '../settings/schema';
import type { ReadyLetter } from './compose-letter';
import type { LetterLayout } from './letter-layout';

// A letter carries its own letterhead, and page numbers across a batch would run from one
// customer's letter into the next: Chromium's header and footer bands are left empty.
export const letterHeaderFooter: HeaderFooterTemplates = { headerTemplate: '<span></span>', footerTemplate: '<span></span>' };

export const letterStyles = `
.letter { font-size: 10.5pt; line-height: 1.45; }
.letter + .letter { break-before: page; }
.letter p { margin: 0 0 8pt; }
.letterhead { display: flex; justify-content: space-between; align-items: flex-end; gap: 16pt;
  border-bottom: 2pt solid #1f3a5f; padding-bottom: 6pt; margin-bottom: 18pt; }
.letterhead .company { font-size: 17pt; font-weight: 700; color: #1f3a5f; line-height: 1.15; }
.letterhead .company-lines { text-align: right; font-size: 8.5pt; line-height: 1.35; color: #3d4752; }
.letter-parties { display: flex; justify-content: space-between; align-items: flex-start; gap: 16pt; margin-bottom: 18pt; }
.letter-recipient { font-style: normal; line-height: 1.35; }
.letter-dateline { text-align: right; white-space: nowrap; }
.letter-subject { font-weight: 700; margin-bottom: 10pt; }
.letter table.data { font-size: 9pt; margin: 2pt 0 12pt; }
.letter-signoff { margin-top: 12pt; break-after: avoid; }
.letter-signature { margin-top: 26pt; break-inside: avoid; }
`;

const columns: Column[] = [
  { header: 'Invoice', width: '22%' },
  { header: 'Issued', width: '15%' },
  { header: 'Due', width: '15%' },
  { header: 'Days past due', className: 'num', width: '14%' },
  { header: 'Amount', className: 'num', width: '17%' },
  { header: 'Balance', className: 'num', width: '17%' },
];

const lines = (values: readonly string[]) => values.map((v) => `<div>${escapeHtml(v)}</div>`).join('');

function invoiceTable(layout: LetterLayout): string {
  if (layout.invoices.length === 0) return '<p class="empty">There are no open invoices on the account.</p>';
  const rows = layout.invoices.map((i) =>
    tableRow(columns, [
      `<strong class="nowrap">${escapeHtml(i.number)}</strong>`,
      `<span class="nowrap">${escapeHtml(i.issued)}</span>`,
      `<span class="nowrap">${escapeHtml(i.due)}</span>`,
      i.daysPastDue > 0 ? String(i.daysPastDue) : '<span class="muted">Not yet due</span>',
      escapeHtml(i.amount),
      escapeHtml(i.balance),
    ]),
  );
  // One total per currency: amounts in different currencies are never added into one figure.
  const several = layout.totals.length > 1;
  const totals = layout.totals.map((t) =>
    tableRow(
      columns,
      [escapeHtml(several ? `Total open in ${t.currency}` : 'Total open'), '', '', '', '', escapeHtml(t.balance)],
      'totals',
    ),
  );
  return `<table class="data letter-invoices">${tableHead(columns)}<tbody>${rows.join('')}${totals.join('')}</tbody></table>`;
}

/** One letter, from its letterhead to its signature. */
export function letterArticleHtml(letter: ReadyLetter): string {
  const { layout, written } = letter;
  const { sender } = layout;
  const companyLines = [...sender.addressLines, sender.phone ? `Tel. ${sender.phone}` : ''].filter(Boolean);
  const dateline = [layout.dateText, layout.accountNumber ? `Account ${layout.accountNumber}` : ''].filter(Boolean);
  return (
    '<article class="letter">' +
    `<header class="letterhead"><div class="company">${escapeHtml(sender.name)}</div><div class="company-lines">${lines(companyLines)}</div></header>` +
    `<div class="letter-parties"><address class="letter-recipient">${lines(layout.recipientLines)}</address>` +
    `<div class="letter-dateline">${lines(dateline)}</div></div>` +
    `<p class="letter-subject">${escapeHtml(written.subject)}</p>` +
    `<p>${escapeHtml(layout.salutation)}</p>` +
    written.opening.html +
    invoiceTable(layout) +
    written.closing.html +
    `<p class="letter-signoff">${escapeHtml(letter.template.signOff)}</p>` +
    `<div class="letter-signature">${written.signature.html}</div>` +
    '</article>'
  );
}

/** The document to print: every letter given, in order, each from a new page. */
export function lettersDocumentHtml(letters: readonly ReadyLetter[], settings: Settings, title: string): string {
  return printDocument({
    title,
    locale: settings.locale,
    paper: paperSizeFor(settings),
    body: letters.map(letterArticleHtml).join(''),
    styles: letterStyles,
  });
}
