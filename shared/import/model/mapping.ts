// Which column holds what, and the other choices interpretation needs.
import type { CalendarDate } from '../../dates/calendar';

export const importFields = [
  'customer',
  'customerAccount',
  'invoiceNumber',
  'transactionType',
  'invoiceDate',
  'dueDate',
  'amount',
  'openBalance',
  'amountPaid',
  'currency',
  'poNumber',
  'terms',
  'description',
  'lineAmount',
  'contactName',
  'contactFirstName',
  'contactLastName',
  'email',
  'phone',
  'mobile',
  'address1',
  'address2',
  'city',
  'region',
  'postalCode',
  'country',
] as const;
export type ImportField = (typeof importFields)[number];

/** Field → 0-based column index in ReportTable.headers. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

export type DateOrder = 'mdy' | 'dmy';

/** What a file holds: receivables (invoices, with or without contact details) or only customers. */
export type ImportContent = 'invoices' | 'customers';

/** The accounting system a file comes from: part of every match key (see reconcile). */
export type BooksSource =
  'quickbooks-online' | 'quickbooks-desktop' | 'xero' | 'sage-50' | 'freshbooks' | 'wave' | 'zoho-books' | 'myob' | 'spreadsheet';

/** Everything the interpretation needs besides the table: decided by a preset, then the user. */
export interface InterpretOptions {
  source: BooksSource;
  content: ImportContent;
  mapping: ColumnMapping;
  /** Required when a date column is ambiguous (every value could be either order). */
  dateOrder?: DateOrder;
  /** Used where the file names no currency. */
  defaultCurrency: string;
  /** Xero's invoice export has one row per invoice line: rows are grouped by invoice number. */
  groupInvoiceLines?: boolean;
  /** The customer comes from group rows (QuickBooks Desktop) when no customer column exists. */
  customerFromGroup?: boolean;
  /** The office calendar's today: an issue date is required, and a missing one is this. */
  today: CalendarDate;
}
