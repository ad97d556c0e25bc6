// What an applied import leaves behind: one history row per import (with what undo needs to
// put everything back) and one book-change entry per account it changed, for the timeline.
import { formatMoney } from '../money/money';
import { plural } from '../wording/plural';
import type { BooksSource, ImportScope } from './model';

export interface ImportCounts {
  newCustomers: number;
  newInvoices: number;
  changedInvoices: number;
  closedInvoices: number;
  reopenedInvoices: number;
  unchanged: number;
  paymentsSeen: number;
  credits: number;
  skipped: number;
}

/** Tables an import writes to; undo deletes what it created in them and puts back what it changed. */
export const importTouchedTables = ['customers', 'contacts', 'invoices', 'payments', 'promises', 'followUps'] as const;
export type ImportTouchedTable = (typeof importTouchedTables)[number];

export interface ImportUndoRecord {
  /** Ids of the rows the import created, per table. */
  created: Record<ImportTouchedTable, string[]>;
  /** Every stored row the import changed, as it was before (customer rows with their summary). */
  before: Record<ImportTouchedTable, unknown[]>;
}

export interface ImportRecord {
  id: string;
  /** When the import was applied (UTC instant); every row it wrote carries this time. */
  startedAt: string;
  fileName: string;
  presetName: string;
  source: BooksSource;
  scope: ImportScope;
  counts: ImportCounts;
  undo: ImportUndoRecord;
}

export interface BookInvoiceChangeLine {
  number: string;
  currency: string;
  balanceBeforeMinor: number;
  balanceAfterMinor: number;
  amountBeforeMinor: number;
  amountAfterMinor: number;
  datesChanged: boolean;
}

/** One account's part of one import, as its timeline tells it. */
export interface BookChange {
  id: string;
  customerId: string;
  importId: string;
  at: string;
  fileName: string;
  /** The import created the customer. */
  newCustomer: boolean;
  newInvoiceNumbers: string[];
  changed: BookInvoiceChangeLine[];
  closedNumbers: string[];
  reopenedNumbers: string[];
  /** Payments seen in the books, per currency. */
  paymentsSeen: { currency: string; amountMinor: number }[];
  /** Credits on the account after the import; null when the import left them as they were. */
  creditCount: number | null;
  /** Contact details or address added or taken from the file. */
  detailsUpdated: boolean;
}

function listNumbers(numbers: readonly string[]): string {
  return numbers.length <= 5 ? numbers.join(', ') : `${numbers.slice(0, 5).join(', ')} and ${numbers.length - 5} more`;
}

/** "2 new invoices, invoice 1043 balance $1,200.00 → $700.00, invoice 1001 closed in the books". */
export function bookChangeParts(change: BookChange, locale: string): string[] {
  const money = (minor: number, currency: string) => formatMoney(minor, currency, locale);
  const parts: string[] = [];
  if (change.newCustomer) parts.push('customer added');
  if (change.newInvoiceNumbers.length > 0) {
    parts.push(
      `${plural(change.newInvoiceNumbers.length, 'new invoice', 'new invoices', locale)} (${listNumbers(change.newInvoiceNumbers)})`,
    );
  }
  for (const line of change.changed) {
    const what: string[] = [];
    if (line.amountBeforeMinor !== line.amountAfterMinor)
      what.push(`amount ${money(line.amountBeforeMinor, line.currency)} → ${money(line.amountAfterMinor, line.currency)}`);
    if (line.balanceBeforeMinor !== line.balanceAfterMinor)
      what.push(`balance ${money(line.balanceBeforeMinor, line.currency)} → ${money(line.balanceAfterMinor, line.currency)}`);
    if (line.datesChanged) what.push('dates changed');
    parts.push(`invoice ${line.number} ${what.join(', ')}`);
  }
  for (const number of change.reopenedNumbers) parts.push(`invoice ${number} open again`);
  for (const number of change.closedNumbers) parts.push(`invoice ${number} closed in the books`);
  for (const seen of change.paymentsSeen) parts.push(`${money(seen.amountMinor, seen.currency)} paid`);
  if (change.creditCount !== null) {
    parts.push(
      change.creditCount === 0 ? 'no credits on account now' : `${plural(change.creditCount, 'credit', 'credits', locale)} on account`,
    );
  }
  if (change.detailsUpdated) parts.push('contact details updated');
  return parts;
}

export function bookChangeSentence(change: BookChange, locale: string): string {
  const parts = bookChangeParts(change, locale);
  return `Books updated from ${change.fileName}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
}
