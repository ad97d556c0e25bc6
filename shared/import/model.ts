// The shapes an import passes through, from the bytes of a file to the plan the user confirms:
//
//   bytes ──read──▶ Grid ──layout──▶ ReportTable ──(preset or mapping)──▶ ParsedBook
//         ──reconcile (with what is stored)──▶ ImportPlan ──apply (one transaction)──▶ stored
//
// Every stage is pure (shared/import/*) except reading what is stored and applying, which live
// in renderer/import. Row numbers are always the file's own, 1-based, as a spreadsheet shows them.
import type { CalendarDate } from '../dates/calendar';

// ---------------------------------------------------------------------------------------------
// read: bytes → Grid
// ---------------------------------------------------------------------------------------------

/** A real date cell from a workbook (not text that looks like a date). */
export interface DateCell {
  date: CalendarDate;
}

/** One cell: text as written in the file, a number from a workbook, a workbook date, or empty. */
export type Cell = string | number | DateCell | null;

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'macintosh' | 'utf-16le' | 'utf-16be';
export type Delimiter = ',' | ';' | '\t' | '|';

export type FileFormat = 'delimited' | 'xlsx' | 'xls' | 'iif';

/** A file's rows of cells, as read, before anything is known about its layout. */
export interface Grid {
  format: FileFormat;
  rows: Cell[][];
  /** For text files: what was decided (the user may change it and read again). */
  encoding?: TextEncodingName;
  /** How the encoding was decided: a byte-order mark, valid UTF-8, or the fallback. */
  encodingReason?: 'bom' | 'utf-8' | 'fallback' | 'chosen';
  delimiter?: Delimiter;
  /** For workbooks: every sheet's name, and the one read. */
  sheetNames?: string[];
  sheet?: string;
}

/** What the user may choose when reading a file again. */
export interface ReadOptions {
  encoding?: TextEncodingName;
  delimiter?: Delimiter;
  sheet?: string;
}

/** Why a file cannot be imported at all: shown to the user as it is. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
  constructor(
    message: string,
    readonly reason:
      | 'empty'
      | 'too-large'
      | 'not-a-spreadsheet'
      | 'password-protected'
      | 'corrupt'
      | 'no-columns'
      | 'no-rows',
  ) {
    super(message);
  }
}

// ---------------------------------------------------------------------------------------------
// layout: Grid → ReportTable
// ---------------------------------------------------------------------------------------------

/** A data row of a report, with the context the rows above gave it. */
export interface TableRow {
  /** 1-based row number in the file. */
  rowNumber: number;
  cells: Cell[];
  /** The customer group this row sits under (QuickBooks Desktop reports group by customer). */
  group?: string;
  /** The section this row sits under ("1 - 30 days past due"), as written. */
  section?: string;
}

/** A report's "Total for …" / "TOTAL" row, kept to check the sum read against it. */
export interface TotalRow {
  rowNumber: number;
  /** "TOTAL", "Total for Acme Ltd", "Total 1 - 30 days past due"… as written. */
  label: string;
  /** Whole-report total (not a group or section subtotal). */
  grand: boolean;
  cells: Cell[];
}

/** The rows a layout read left out on purpose, each with a reason the preview can show. */
export interface LayoutSkip {
  rowNumber: number;
  kind: 'title' | 'blank' | 'section' | 'group' | 'total' | 'footer' | 'repeated-header';
}

export interface ReportTable {
  /** Header cells as written (trimmed), one per column. */
  headers: string[];
  headerRowNumber: number;
  rows: TableRow[];
  totals: TotalRow[];
  layoutSkips: LayoutSkip[];
  /** Text of the title rows above the header (company name, report name, date range). */
  titleLines: string[];
}

// ---------------------------------------------------------------------------------------------
// mapping: which column holds what
// ---------------------------------------------------------------------------------------------

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
  | 'quickbooks-online'
  | 'quickbooks-desktop'
  | 'xero'
  | 'sage-50'
  | 'freshbooks'
  | 'wave'
  | 'zoho-books'
  | 'myob'
  | 'spreadsheet';

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

// ---------------------------------------------------------------------------------------------
// interpret: ReportTable + options → ParsedBook
// ---------------------------------------------------------------------------------------------

export type BookPhoneLabel = 'office' | 'mobile' | 'direct' | 'home' | 'fax' | 'other';

export interface BookContact {
  name: string;
  email: string;
  phones: { label: BookPhoneLabel; number: string }[];
}

export interface BookAddress {
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
  /** Two-letter code when the file's country could be read, else ''. */
  country: string;
}

export interface BookCustomer {
  /** Match key within the source: 'acct:<account number>' else 'name:<normalised name>'. */
  key: string;
  /** The customer's name as the books write it (the part before a QuickBooks `:`). */
  name: string;
  accountNumber: string;
  contacts: BookContact[];
  address: BookAddress | null;
  /** File rows this customer was read from. */
  rowNumbers: number[];
}

export interface BookInvoice {
  customerKey: string;
  number: string;
  /** The QuickBooks job (after the first `:`), '' when none. Part of the invoice's match key. */
  job: string;
  issueDate: CalendarDate;
  dueDate: CalendarDate;
  /** Original amount, > 0. Where the file has no amount, the open balance. */
  amountMinor: number;
  /** What is still open, 0 ≤ balance ≤ amount. */
  balanceMinor: number;
  currency: string;
  poNumber: string;
  terms: string;
  /** What was sold, when the file says (Xero lines joined, QuickBooks memo). */
  description: string;
  /** First file row of the invoice (Xero invoices span several). */
  rowNumber: number;
}

/** Money the customer has in hand on the account: never an invoice, never aged. */
export interface BookCredit {
  customerKey: string;
  kind: 'credit-memo' | 'unapplied-payment' | 'negative-balance';
  /** Credit memo or payment number, or the row's reference; '' when the file has none. */
  reference: string;
  date: CalendarDate | null;
  /** Positive: the amount of credit. */
  amountMinor: number;
  currency: string;
  rowNumber: number;
}

export interface SkippedRow {
  rowNumber: number;
  /** A sentence: "The due date “31/02/2026” is not a real date." */
  reason: string;
}

/** A sum per currency (never added across currencies). */
export interface CurrencyAmount {
  currency: string;
  amountMinor: number;
}

export interface TotalCheck {
  /** The grand total row the file itself has. */
  rowNumber: number;
  fileTotal: CurrencyAmount;
  /** The sum of what was read in that currency (open balances less credits, as the report adds). */
  readTotal: CurrencyAmount;
  matches: boolean;
}

export interface ParsedBook {
  source: BooksSource;
  content: ImportContent;
  customers: BookCustomer[];
  invoices: BookInvoice[];
  credits: BookCredit[];
  skipped: SkippedRow[];
  /** One per grand total row found; empty when the file has none. */
  totalChecks: TotalCheck[];
  /** Open balances read, per currency. */
  readTotals: CurrencyAmount[];
}

/** A question interpretation cannot answer alone; the user answers it and interpretation runs again. */
export type InterpretQuestion =
  | { kind: 'date-order'; column: string; samples: string[]; suggested: DateOrder }
  | { kind: 'missing-field'; fields: ImportField[] };

export type InterpretResult = { ok: true; book: ParsedBook } | { ok: false; questions: InterpretQuestion[] };

// ---------------------------------------------------------------------------------------------
// presets
// ---------------------------------------------------------------------------------------------

export interface ImportPreset {
  id: string;
  /** "QuickBooks Online — A/R Aging Detail" */
  name: string;
  source: BooksSource;
  content: ImportContent;
  /** Header names (normalised: lower case, single spaces) that must all be present. */
  requiredHeaders: string[];
  /** Headers that make the match more certain (each adds to the score). */
  optionalHeaders?: string[];
  /** Field → the header that holds it (normalised like requiredHeaders; the first present wins). */
  columns: Partial<Record<ImportField, string[]>>;
  /** Aging and open-invoice reports list every open item: invoices missing next time were closed. */
  fullListByDefault: boolean;
  dateOrder?: DateOrder;
  groupInvoiceLines?: boolean;
  customerFromGroup?: boolean;
}

// ---------------------------------------------------------------------------------------------
// reconcile: ParsedBook + stored → ImportPlan  (see shared/import/reconcile)
// ---------------------------------------------------------------------------------------------

/** full: the file lists every open item (missing ones were closed); some: only what is listed. */
export type ImportScope = 'full' | 'some';

/** How a stored customer or invoice is known in the books (written by import, read by re-import). */
export interface BooksIdentity {
  source: BooksSource;
  /** BookCustomer.key of the customer (for an invoice: of its customer). */
  customerKey: string;
}

export interface PlannedCustomer {
  /** Id the new customer will get (ids are made when planning so the preview can link rows). */
  id: string;
  book: BookCustomer;
}

export interface PlannedInvoice {
  id: string;
  customerId: string;
  customerName: string;
  book: BookInvoice;
}

/** A stored invoice the file shows with other figures. */
export interface InvoiceChange {
  invoiceId: string;
  customerId: string;
  customerName: string;
  number: string;
  currency: string;
  before: { amountMinor: number; balanceMinor: number; issueDate: CalendarDate; dueDate: CalendarDate; status: string };
  after: { amountMinor: number; balanceMinor: number; issueDate: CalendarDate; dueDate: CalendarDate };
  /** before.balance − after.balance when the balance went down: recorded as a payment seen in the books. */
  impliedPaymentMinor: number;
  rowNumber: number;
}

/** A stored open invoice of this source that a full list no longer has: closed in the books. */
export interface InvoiceClosed {
  invoiceId: string;
  customerId: string;
  customerName: string;
  number: string;
  currency: string;
  balanceMinor: number;
}

/** A contact detail the file has differently from what was edited in Call Desk: the user chooses. */
export interface ContactDifference {
  /** Stable within a plan: the preview sends back the ids the user chose to take from the file. */
  id: string;
  customerId: string;
  customerName: string;
  field: 'contact name' | 'email' | 'phone' | 'address';
  inCallDesk: string;
  inFile: string;
}

export interface ImportPlan {
  source: BooksSource;
  scope: ImportScope;
  newCustomers: PlannedCustomer[];
  newInvoices: PlannedInvoice[];
  changedInvoices: InvoiceChange[];
  closedInvoices: InvoiceClosed[];
  /** Invoices closed in the books earlier that the file lists open again. */
  reopenedInvoices: InvoiceChange[];
  unchangedCount: number;
  credits: { customerId: string; customerName: string; credit: BookCredit }[];
  contactDifferences: ContactDifference[];
  skipped: SkippedRow[];
  totalChecks: TotalCheck[];
  /** Customers something is written for (new or changed): each gets a timeline entry. */
  changedCustomerIds: string[];
  /** What apply writes beyond the lists above (absent: nothing more). */
  writes?: PlanWrites;
}

/** Writes a plan implies that the preview does not list one by one. */
export interface PlanWrites {
  /** Stored customers that gain (or change) how the books know them: a hand-made one matched, say. */
  customerIdentities: { customerId: string; customerKey: string }[];
  /** Stored invoices typed by hand that the file matched: they gain how the books know them. */
  invoiceIdentities: { invoiceId: string; customerKey: string; job: string }[];
  /** Customers whose credits from this source are gone in a full list. */
  creditsClearedFor: string[];
  /** Details the file has where Call Desk has none: added without asking. */
  detailsAdded: {
    customerId: string;
    /** New contacts (the customer had none). */
    contacts: BookContact[];
    /** Emails and phones for a contact that had none of them. */
    addToContact: { contactId: string; emails: string[]; phones: BookContact['phones'] } | null;
    /** The address (the customer had none). */
    address: BookAddress | null;
  }[];
  /** For each ContactDifference id: what taking the file's value writes. */
  differenceValues: Record<
    string,
    | { field: 'contact name'; contactId: string; name: string }
    | { field: 'email'; contactId: string; emails: string[] }
    | { field: 'phone'; contactId: string; phones: BookContact['phones'] }
    | { field: 'address'; address: BookAddress }
  >;
}
