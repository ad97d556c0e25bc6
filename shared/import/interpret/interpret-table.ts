// ReportTable + options → ParsedBook: customers, open invoices and credits as the books list
// them, each unreadable row skipped with its row number and a sentence, and the file's own
// grand total checked against the sum read.
import { cellText } from '../cells/cell-text';
import { customerKeyOf, normaliseName, splitCustomerJob } from '../cells/names';
import { formatMoney } from '../../money/money';
import type {
  BookCredit,
  BookInvoice,
  BooksSource,
  DateOrder,
  InterpretOptions,
  InterpretResult,
  ReportTable,
  SkippedRow,
  TableRow,
} from '../model';
import { progressCounter, type ProgressOptions } from '../progress';
import { BookCustomers } from './book-customers';
import { headerKey } from './field-synonyms';
import { decideDateOrder, missingFields } from './questions';
import { RowFields, RowProblem, transactionKindOf } from './row-fields';
import { readTotalsOf, totalChecksOf } from './total-checks';

interface Context {
  options: InterpretOptions;
  order: DateOrder | undefined;
  customers: BookCustomers;
  /** Invoice match key → the row it was first read from (a file lists each invoice once). */
  firstRowOf: Map<string, number>;
  /** A "Status" / "Invoice Status" column, where drafts and voided invoices are marked. */
  statusColumn: number;
  /** Customer cell text (and account) → its name, job and key: worked out once per distinct customer. */
  customerNames: Map<string, { customer: string; job: string; key: string }>;
}

/** Statuses of invoices that are not owed: never imported as open items. */
const notOwedStatus = /^(draft|void|voided|deleted|cancell?ed)$/i;

const jobSources = new Set<BooksSource>(['quickbooks-online', 'quickbooks-desktop', 'spreadsheet']);

type Reading = { invoice: BookInvoice } | { credit: BookCredit } | null;

/** `onProgress` is told how many of the rows have been read, as they are (it is not sent on to anything). */
export function interpretTable(table: ReportTable, options: InterpretOptions & ProgressOptions): InterpretResult {
  const missing = missingFields(options);
  if (missing.length > 0) return { ok: false, questions: [{ kind: 'missing-field', fields: missing }] };
  const decision = decideDateOrder(table, options);
  if (decision.question) return { ok: false, questions: [decision.question] };

  const context: Context = {
    options,
    order: decision.order,
    customers: new BookCustomers(options.mapping, addressLineColumns(table, options)),
    firstRowOf: new Map(),
    customerNames: new Map(),
    statusColumn: table.headers.findIndex((header) => ['status', 'invoicestatus'].includes(headerKey(header))),
  };
  const invoices: BookInvoice[] = [];
  const credits: BookCredit[] = [];
  const skipped: SkippedRow[] = [];

  const records =
    options.content === 'invoices' && options.groupInvoiceLines ? invoiceLineGroups(table.rows, options) : table.rows.map((row) => [row]);
  const progress = progressCounter(records.length, options.onProgress);
  for (const rows of records) {
    progress.step();
    try {
      const reading = options.content === 'customers' ? readCustomerRow(rows[0]!, context) : readInvoiceRecord(rows, context);
      if (reading && 'invoice' in reading) invoices.push(reading.invoice);
      else if (reading) credits.push(reading.credit);
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      skipped.push({ rowNumber: error.rowNumber, reason: error.reason });
    }
  }
  progress.done();

  return {
    ok: true,
    book: {
      source: options.source,
      content: options.content,
      customers: context.customers.list(),
      invoices,
      credits,
      skipped: skipped.sort((a, b) => a.rowNumber - b.rowNumber),
      totalChecks: options.content === 'invoices' ? totalChecksOf(table, options.mapping, invoices, credits, options.defaultCurrency) : [],
      readTotals: readTotalsOf(invoices),
    },
  };
}

/** When address1 is IIF's BADDR1, the columns of BADDR2–BADDR5 (the rest of the address). */
function addressLineColumns(table: ReportTable, options: InterpretOptions): number[] {
  const first = options.mapping.address1;
  if (first === undefined || headerKey(table.headers[first] ?? '') !== 'baddr1') return [];
  return ['baddr2', 'baddr3', 'baddr4', 'baddr5'].flatMap((key) => {
    const column = table.headers.findIndex((header) => headerKey(header) === key);
    return column >= 0 ? [column] : [];
  });
}

/** Xero lists each invoice line as a row: the rows of one invoice (same customer and number) are read together. */
function invoiceLineGroups(rows: TableRow[], options: InterpretOptions): TableRow[][] {
  const groups = new Map<string, TableRow[]>();
  rows.forEach((row, i) => {
    const fields = new RowFields(row, options.mapping);
    const number = fields.text('invoiceNumber');
    const key = number ? `${normaliseName(customerNameOf(fields, options))}\u0000${number.toLowerCase()}` : `row ${i}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  });
  return [...groups.values()];
}

function customerNameOf(fields: RowFields, options: InterpretOptions): string {
  const fromColumn = fields.text('customer');
  if (fromColumn) return fromColumn;
  return options.customerFromGroup || options.mapping.customer === undefined ? (fields.row.group ?? '') : '';
}

/** The row's customer and job; `register` records the customer once the row is known to be read. */
function customerOf(fields: RowFields, context: Context): { key: string; job: string; register: () => void } {
  const name = customerNameOf(fields, context.options);
  const account = fields.text('customerAccount');
  const cacheKey = `${account}\u0000${name}`;
  let known = context.customerNames.get(cacheKey);
  if (!known) {
    // "Customer:Job" is QuickBooks' convention (and a spreadsheet's, which often comes from it);
    // elsewhere a colon is part of the name.
    const { customer, job } = jobSources.has(context.options.source) ? splitCustomerJob(name) : { customer: name.trim(), job: '' };
    known = { customer, job, key: customerKeyOf(account, customer) };
    context.customerNames.set(cacheKey, known);
  }
  const { customer, job, key } = known;
  if (!customer) throw new RowProblem(fields.row.rowNumber, 'The row names no customer.');
  return { key, job, register: () => context.customers.add(key, customer, account, fields) };
}

function readCustomerRow(row: TableRow, context: Context): Reading {
  customerOf(new RowFields(row, context.options.mapping), context).register();
  return null;
}

function money(minor: number, currency: string): string {
  return formatMoney(minor, currency);
}

function readInvoiceRecord(rows: TableRow[], context: Context): Reading {
  const { options, order } = context;
  const fields = new RowFields(rows[0]!, options.mapping);
  const rowNumber = fields.row.rowNumber;
  const type = fields.text('transactionType');
  const kind = transactionKindOf(type);
  if (kind === 'other') throw new RowProblem(rowNumber, `A “${type}” is neither an invoice nor a credit, so it is left out.`);
  const status = context.statusColumn >= 0 ? cellText(fields.row.cells[context.statusColumn]) : '';
  if (notOwedStatus.test(status))
    throw new RowProblem(
      rowNumber,
      `${fields.text('invoiceNumber') ? `Invoice ${fields.text('invoiceNumber')}` : 'The invoice'} is marked “${status}” in the books, so it is left out.`,
    );

  // Currency: the file's currency column, else what the amount cells say, else the default.
  const column = fields.currency();
  const hint = column ?? options.defaultCurrency;
  const amount = fields.amount('amount', hint);
  const balanceCell = fields.amount('openBalance', hint);
  const paid = fields.amount('amountPaid', hint);
  let lines: number | null = null;
  if (options.mapping.lineAmount !== undefined && amount === null && balanceCell === null) {
    for (const line of rows) {
      const value = new RowFields(line, options.mapping).amount('lineAmount', hint);
      if (value) lines = (lines ?? 0) + value.minor;
    }
  }
  const named = [amount, balanceCell, paid].flatMap((a) => (a?.currency ? [a.currency] : []));
  if (column && named.some((c) => c !== column))
    throw new RowProblem(rowNumber, `The amounts are in ${named.find((c) => c !== column)} but the currency column says ${column}.`);
  if (named.some((c) => c !== named[0]))
    throw new RowProblem(rowNumber, `The amounts on this row are in different currencies (${[...new Set(named)].join(', ')}).`);
  const currency = column ?? named[0] ?? options.defaultCurrency;

  const amountMinor = amount?.minor ?? lines;
  const balance = balanceCell?.minor ?? (amountMinor !== null && paid ? amountMinor - paid.minor : amountMinor);
  if (balance === null) throw new RowProblem(rowNumber, 'The row has no amount and no open balance.');

  const issued = fields.date('invoiceDate', order);
  const due = fields.date('dueDate', order);
  const number = fields.text('invoiceNumber');
  const { key, job, register } = customerOf(fields, context);

  const creditKind =
    kind === 'credit-memo' ? 'credit-memo' : kind === 'payment' ? 'unapplied-payment' : balance < 0 ? 'negative-balance' : null;
  if (creditKind) {
    const credit = Math.abs(balance);
    if (credit === 0)
      throw new RowProblem(rowNumber, `The ${type.toLowerCase() || 'credit'}${number ? ` ${number}` : ''} has nothing left to use.`);
    register();
    return {
      credit: { customerKey: key, kind: creditKind, reference: number, date: issued ?? due, amountMinor: credit, currency, rowNumber },
    };
  }

  if (!number)
    throw new RowProblem(
      rowNumber,
      kind === 'journal' ? `The ${type} has no number, so it cannot be matched next time.` : 'The invoice has no number.',
    );
  const total = amountMinor !== null && amountMinor > 0 ? amountMinor : balance;
  if (total <= 0) throw new RowProblem(rowNumber, `Invoice ${number} has no amount.`);
  if (balance > total) {
    throw new RowProblem(
      rowNumber,
      `Invoice ${number}: the open balance ${money(balance, currency)} is more than the invoice amount ${money(total, currency)}.`,
    );
  }
  const matchKey = `${key}\u0000${normaliseName(job)}\u0000${number.toLowerCase()}`;
  const first = context.firstRowOf.get(matchKey);
  if (first !== undefined)
    throw new RowProblem(rowNumber, `Invoice ${number} is listed again (first on row ${first}); only the first is imported.`);
  context.firstRowOf.set(matchKey, rowNumber);
  register();
  const issueDate = issued ?? due ?? options.today;
  const description =
    rows.length === 1
      ? fields.text('description')
      : rows
          .map((line) => new RowFields(line, options.mapping).text('description'))
          .filter(Boolean)
          .join('; ');
  return {
    invoice: {
      customerKey: key,
      number,
      job,
      issueDate,
      dueDate: due ?? issueDate,
      amountMinor: total,
      balanceMinor: balance,
      currency,
      poNumber: fields.text('poNumber'),
      terms: fields.text('terms'),
      description,
      rowNumber,
    },
  };
}
