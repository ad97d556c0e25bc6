// What an import will do, matched against what is stored: the plan the preview shows and apply writes.
import type { CalendarDate } from '../../dates/calendar';
import type { BookAddress, BookContact, BookCredit, BookCustomer, BookInvoice, SkippedRow, TotalCheck } from './book';
import type { BooksSource } from './mapping';

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
