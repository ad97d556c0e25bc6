// Writes a large ParsedBook (shared/demo/large-book.ts) back out as the file a bookkeeper would
// export: a QuickBooks Online A/R Aging Detail CSV, with its title rows, a section per aging
// bucket, "Total for …" rows, the grand TOTAL and the generated-at footer. The import benchmark
// feeds it through the app's own reading, layout, interpretation, matching and apply.
import { daysBetween, type CalendarDate } from '../../../shared/dates/calendar';
import type { ParsedBook } from '../../../shared/import/model';

const buckets = [
  { title: 'Current', upTo: 0 },
  { title: '1 - 30 days past due', upTo: 30 },
  { title: '31 - 60 days past due', upTo: 60 },
  { title: '61 - 90 days past due', upTo: 90 },
  { title: '91 or more days past due', upTo: Infinity },
];

/** 123456 -> "1,234.56" (quoted by the caller, as QuickBooks writes it). */
function money(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}`;
}

/** '2026-11-20' -> '11/20/2026' */
function usDate(date: CalendarDate): string {
  return `${date.slice(5, 7)}/${date.slice(8, 10)}/${date.slice(0, 4)}`;
}

function quoted(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The book as QuickBooks Online's A/R Aging Detail report on `asOf` (one currency: USD). */
export function agingReportCsv(book: ParsedBook, asOf: CalendarDate, company = 'Bench Supply Co.'): string {
  const names = new Map(book.customers.map((c) => [c.key, c.name]));
  const sections = buckets.map(() => [] as string[]);
  const sums = buckets.map(() => ({ amount: 0, balance: 0 }));
  for (const invoice of book.invoices) {
    if (invoice.currency !== 'USD') throw new Error('The aging report writer writes one currency (USD).');
    const pastDue = daysBetween(invoice.dueDate, asOf);
    const at = buckets.findIndex((b) => pastDue <= b.upTo);
    const name = invoice.job ? `${names.get(invoice.customerKey)}:${invoice.job}` : names.get(invoice.customerKey)!;
    sections[at]!.push(
      `,${usDate(invoice.issueDate)},Invoice,${invoice.number},${quoted(name)},${usDate(invoice.dueDate)},${pastDue > 0 ? pastDue : ''},"${money(invoice.amountMinor)}","${money(invoice.balanceMinor)}"`,
    );
    sums[at]!.amount += invoice.amountMinor;
    sums[at]!.balance += invoice.balanceMinor;
  }
  const [year, month, day] = asOf.split('-').map(Number) as [number, number, number];
  const asOfText = new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-US', {
    timeZone: 'UTC',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
  });
  const lines = [
    company,
    'A/R Aging Detail',
    `"As of ${asOfText}"`,
    '',
    ',Date,Transaction Type,Num,Customer,Due Date,Past Due,Amount,Open Balance',
  ];
  let amount = 0;
  let balance = 0;
  buckets.forEach((bucket, at) => {
    if (sections[at]!.length === 0) return;
    lines.push(
      bucket.title,
      ...sections[at]!,
      `Total for ${bucket.title},,,,,,,"$${money(sums[at]!.amount)}","$${money(sums[at]!.balance)}"`,
    );
    amount += sums[at]!.amount;
    balance += sums[at]!.balance;
  });
  lines.push(`TOTAL,,,,,,,"$${money(amount)}","$${money(balance)}"`, '', '', '', `"${asOfText} 08:42:17 AM GMT-08:00"`);
  return `${lines.join('\r\n')}\r\n`;
}
