// A large, seeded ParsedBook (what interpreting an A/R report of a busy office gives), for the
// import benchmark and tests: 10,000 customers and 100,000 open invoices by default, and the
// same books a week later with some balances paid down and some invoices added.
import { addDays, type CalendarDate } from '../dates/calendar';
import type { BookCustomer, BookInvoice, ParsedBook } from '../import/model';
import { createRandom } from './random';

export interface LargeBookOptions {
  customers?: number;
  invoices?: number;
  seed?: number;
  /** The report's date: invoices are issued in the 120 days before it. */
  asOf?: CalendarDate;
  /** Share of invoices in a second currency (CAD), to keep currencies apart. */
  otherCurrencyShare?: number;
}

const words = ['Acme', 'Harbor', 'Summit', 'Pioneer', 'Cedar', 'Atlas', 'Beacon', 'Willow', 'Granite', 'Meridian', 'Orchard', 'Falcon'];
const kinds = ['Hardware', 'Supply', 'Logistics', 'Bakery', 'Dental', 'Builders', 'Farms', 'Studio', 'Motors', 'Foods'];

function readTotals(invoices: readonly BookInvoice[]) {
  const totals = new Map<string, number>();
  for (const i of invoices) totals.set(i.currency, (totals.get(i.currency) ?? 0) + i.balanceMinor);
  return [...totals].map(([currency, amountMinor]) => ({ currency, amountMinor }));
}

export function largeBook(options: LargeBookOptions = {}): ParsedBook {
  const customerCount = options.customers ?? 10_000;
  const invoiceCount = options.invoices ?? 100_000;
  const asOf = options.asOf ?? '2026-11-20';
  const otherShare = options.otherCurrencyShare ?? 0.05;
  const random = createRandom(options.seed ?? 9);
  const customers: BookCustomer[] = [];
  for (let i = 0; i < customerCount; i += 1) {
    const account = `C${String(i + 1).padStart(6, '0')}`;
    const name = `${words[i % words.length]} ${kinds[Math.floor(i / words.length) % kinds.length]} ${i + 1}`;
    customers.push({
      key: `acct:${account.toLowerCase()}`,
      name,
      accountNumber: account,
      contacts: [
        {
          name: `Accounts ${i + 1}`,
          email: `ap${i + 1}@customer${i + 1}.example`,
          phones: [{ label: 'office', number: `(415) 555-${String(i % 10_000).padStart(4, '0')}` }],
        },
      ],
      address: {
        line1: `${100 + (i % 900)} Main Street`,
        line2: '',
        city: 'Springfield',
        region: 'IL',
        postalCode: '62701',
        country: 'US',
      },
      rowNumbers: [],
    });
  }
  const invoices: BookInvoice[] = [];
  for (let i = 0; i < invoiceCount; i += 1) {
    const customer = customers[i % customerCount]!;
    const issueDate = addDays(asOf, -random.int(0, 120));
    const amountMinor = random.int(50_00, 25_000_00);
    const balanceMinor = random.chance(0.2) ? random.int(1, amountMinor) : amountMinor;
    invoices.push({
      customerKey: customer.key,
      number: String(100_001 + i),
      job: '',
      issueDate,
      dueDate: addDays(issueDate, 30),
      amountMinor,
      balanceMinor,
      currency: random.chance(otherShare) ? 'CAD' : 'USD',
      poNumber: random.chance(0.3) ? `PO-${random.int(1000, 9999)}` : '',
      terms: 'Net 30',
      description: '',
      rowNumber: i + 2,
    });
    customer.rowNumbers.push(i + 2);
  }
  return {
    source: 'quickbooks-online',
    content: 'invoices',
    customers,
    invoices,
    credits: [],
    skipped: [],
    totalChecks: [],
    readTotals: readTotals(invoices),
  };
}

/** The same books a week later: `paidShare` of invoices paid down (some in full), `newShare` more invoices. */
export function bookAWeekLater(book: ParsedBook, options: { paidShare?: number; newShare?: number; seed?: number } = {}): ParsedBook {
  const random = createRandom(options.seed ?? 10);
  const paidShare = options.paidShare ?? 0.02;
  const newCount = Math.round(book.invoices.length * (options.newShare ?? 0.01));
  const invoices: BookInvoice[] = [];
  for (const invoice of book.invoices) {
    if (!random.chance(paidShare)) invoices.push(invoice);
    else if (random.chance(0.5))
      continue; // paid in full: gone from the open items
    else invoices.push({ ...invoice, balanceMinor: Math.max(1, Math.floor(invoice.balanceMinor / 2)) });
  }
  const last = book.invoices.reduce((max, i) => Math.max(max, Number(i.number) || 0), 0);
  for (let i = 0; i < newCount; i += 1) {
    const customer = book.customers[random.int(0, book.customers.length - 1)]!;
    const amountMinor = random.int(50_00, 25_000_00);
    invoices.push({
      customerKey: customer.key,
      number: String(last + 1 + i),
      job: '',
      issueDate: '2026-11-25',
      dueDate: '2026-12-25',
      amountMinor,
      balanceMinor: amountMinor,
      currency: 'USD',
      poNumber: '',
      terms: 'Net 30',
      description: '',
      rowNumber: invoices.length + 2,
    });
  }
  return { ...book, invoices, readTotals: readTotals(invoices) };
}
