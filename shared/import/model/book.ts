// What a file says about the books once interpreted: customers, invoices, credits, skipped rows.
import type { CalendarDate } from '../../dates/calendar';
import type { BooksSource, DateOrder, ImportContent, ImportField } from './mapping';

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
  { kind: 'date-order'; column: string; samples: string[]; suggested: DateOrder } | { kind: 'missing-field'; fields: ImportField[] };

export type InterpretResult = { ok: true; book: ParsedBook } | { ok: false; questions: InterpretQuestion[] };
