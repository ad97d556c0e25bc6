// What importing a file would change, worked out against what is stored, before anything is
// written: the preview shows it and apply writes exactly it. Pure: the stored rows come in, the
// plan goes out.
//
// The books own amounts, balances, dates and numbers; Call Desk owns calls, notes, promises,
// disputes, documents and placement, so a plan never names any of those.
import type { Address } from '../../customers/schema';
import type { AccountCredit, CustomerBooks, InvoiceBooks } from '../books-identity-schema';
import type { InvoiceStatus } from '../../invoices/schema';
import type { BookCredit, ImportPlan, ImportScope, InvoiceChange, ParsedBook, PlanWrites, SkippedRow } from '../model';
import { progressCounter, type ProgressOptions } from '../progress';
import { compareDetails, type StoredContactForMatch } from './contact-details';
import { matchCustomers } from './match-customers';
import { normaliseInvoiceNumber, storedDueDate } from './normalise';

export interface StoredCustomerForPlan {
  id: string;
  legalName: string;
  tradingName?: string;
  accountNumber: string;
  books?: CustomerBooks | null;
  addresses?: readonly Address[];
  accountCredits?: readonly AccountCredit[];
}

export interface StoredInvoiceForPlan {
  id: string;
  customerId: string;
  number: string;
  amountMinor: number;
  balanceMinor: number;
  issueDate: string;
  dueDate: string;
  status: InvoiceStatus;
  currency: string;
  books?: InvoiceBooks | null;
}

export interface PlanImportInput extends ProgressOptions {
  book: ParsedBook;
  scope: ImportScope;
  stored: {
    customers: readonly StoredCustomerForPlan[];
    invoices: readonly StoredInvoiceForPlan[];
    contacts: readonly StoredContactForMatch[];
  };
  newId: () => string;
}

const invoiceKey = (customerId: string, number: string, job: string) =>
  `${customerId}\u0000${normaliseInvoiceNumber(number)}\u0000${job.trim().toLowerCase()}`;
const handInvoiceKey = (customerId: string, number: string) => `${customerId}\u0000${normaliseInvoiceNumber(number)}`;

/** The credits as stored on the account, in a fixed order, for comparing. */
export function creditsOf(
  source: ImportPlan['source'],
  credits: readonly Pick<BookCredit, 'kind' | 'reference' | 'date' | 'amountMinor' | 'currency'>[],
): AccountCredit[] {
  return credits
    .map((c) => ({ source, kind: c.kind, reference: c.reference, date: c.date, amountMinor: c.amountMinor, currency: c.currency }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** What the books say was paid: the drop in balance, less any part of it the amount itself lost. */
export function impliedPayment(
  before: { amountMinor: number; balanceMinor: number },
  after: { amountMinor: number; balanceMinor: number },
): number {
  const paidBefore = before.amountMinor - before.balanceMinor;
  const paidAfter = after.amountMinor - after.balanceMinor;
  return Math.max(0, Math.min(before.balanceMinor - after.balanceMinor, paidAfter - paidBefore));
}

/** `onProgress` follows the file's invoices, where the time goes. */
export function planImport({ book, scope, stored, newId, onProgress }: PlanImportInput): ImportPlan {
  const { source } = book;
  const skipped: SkippedRow[] = [...book.skipped];
  const writes: PlanWrites = {
    customerIdentities: [],
    invoiceIdentities: [],
    creditsClearedFor: [],
    detailsAdded: [],
    differenceValues: {},
  };
  const plan: ImportPlan = {
    source,
    scope,
    newCustomers: [],
    newInvoices: [],
    changedInvoices: [],
    closedInvoices: [],
    reopenedInvoices: [],
    unchangedCount: 0,
    credits: [],
    contactDifferences: [],
    skipped,
    totalChecks: book.totalChecks,
    changedCustomerIds: [],
    writes,
  };
  const changed = new Set<string>();

  // Customers.
  const { matches, unmatched } = matchCustomers(source, book.customers, stored.customers);
  const target = new Map<string, { id: string; name: string; isNew: boolean }>();
  for (const [key, match] of matches) {
    target.set(key, { id: match.stored.id, name: match.stored.legalName, isNew: false });
    if (match.gainsIdentity) writes.customerIdentities.push({ customerId: match.stored.id, customerKey: key });
  }
  for (const customer of unmatched) {
    const id = newId();
    plan.newCustomers.push({ id, book: customer });
    target.set(customer.key, { id, name: customer.name, isNew: true });
    changed.add(id);
  }

  // Contact details of known customers.
  const contactsBy = new Map<string, StoredContactForMatch[]>();
  for (const contact of stored.contacts) {
    const list = contactsBy.get(contact.customerId);
    if (list) list.push(contact);
    else contactsBy.set(contact.customerId, [contact]);
  }
  for (const match of matches.values()) {
    const { added, differences } = compareDetails(
      { id: match.stored.id, name: match.stored.legalName, addresses: match.stored.addresses ?? [] },
      match.book,
      contactsBy.get(match.stored.id) ?? [],
    );
    if (added) {
      writes.detailsAdded.push(added);
      changed.add(match.stored.id);
    }
    for (const { difference, value } of differences) {
      plan.contactDifferences.push(difference);
      writes.differenceValues[difference.id] = value;
    }
  }

  // Invoices.
  const byKey = new Map<string, StoredInvoiceForPlan>();
  const byHandKey = new Map<string, StoredInvoiceForPlan>();
  for (const invoice of stored.invoices) {
    if (invoice.books && invoice.books.source !== source) continue;
    if (invoice.books) byKey.set(invoiceKey(invoice.customerId, invoice.number, invoice.books.job), invoice);
    else byHandKey.set(handInvoiceKey(invoice.customerId, invoice.number), invoice);
  }
  const seen = new Set<string>();
  const listed = new Set<string>();
  const progress = progressCounter(book.invoices.length, onProgress);
  for (const invoice of book.invoices) {
    progress.step();
    const customer = target.get(invoice.customerKey);
    if (!customer) {
      skipped.push({ rowNumber: invoice.rowNumber, reason: `Invoice ${invoice.number} names a customer the file does not list.` });
      continue;
    }
    const key = invoiceKey(customer.id, invoice.number, invoice.job);
    if (seen.has(key)) {
      skipped.push({
        rowNumber: invoice.rowNumber,
        reason: `Invoice ${invoice.number} of ${customer.name} is listed twice; the first one was read.`,
      });
      continue;
    }
    seen.add(key);
    const known = customer.isNew ? undefined : (byKey.get(key) ?? byHandKey.get(handInvoiceKey(customer.id, invoice.number)));
    if (!known) {
      plan.newInvoices.push({ id: newId(), customerId: customer.id, customerName: customer.name, book: invoice });
      changed.add(customer.id);
      continue;
    }
    listed.add(known.id);
    if (!known.books) writes.invoiceIdentities.push({ invoiceId: known.id, customerKey: invoice.customerKey, job: invoice.job });
    // Voided in Call Desk: that decision stands; the books' figures for it are not taken.
    if (known.status === 'void') {
      plan.unchangedCount += 1;
      continue;
    }
    const after = {
      amountMinor: invoice.amountMinor,
      balanceMinor: invoice.balanceMinor,
      issueDate: invoice.issueDate,
      dueDate: storedDueDate(invoice),
    };
    const expectedStatus: InvoiceStatus = invoice.balanceMinor === 0 ? 'paid' : 'open';
    const same =
      known.amountMinor === after.amountMinor &&
      known.balanceMinor === after.balanceMinor &&
      known.issueDate === after.issueDate &&
      known.dueDate === after.dueDate &&
      known.currency === invoice.currency &&
      known.status === expectedStatus;
    if (same) {
      plan.unchangedCount += 1;
      continue;
    }
    const reopened = known.status === 'closed-in-books' && invoice.balanceMinor > 0;
    const change: InvoiceChange = {
      invoiceId: known.id,
      customerId: customer.id,
      customerName: customer.name,
      number: known.number,
      currency: invoice.currency,
      before: {
        amountMinor: known.amountMinor,
        balanceMinor: known.balanceMinor,
        issueDate: known.issueDate,
        dueDate: known.dueDate,
        status: known.status,
      },
      after,
      impliedPaymentMinor:
        reopened || known.currency !== invoice.currency || known.status === 'closed-in-books' ? 0 : impliedPayment(known, after),
      rowNumber: invoice.rowNumber,
    };
    (reopened ? plan.reopenedInvoices : plan.changedInvoices).push(change);
    changed.add(customer.id);
  }

  // A full list of open items: what it no longer lists was closed in the books.
  if (scope === 'full' && book.content === 'invoices') {
    const names = new Map(stored.customers.map((c) => [c.id, c.legalName]));
    for (const invoice of stored.invoices) {
      if (invoice.books?.source !== source || invoice.status !== 'open' || listed.has(invoice.id)) continue;
      plan.closedInvoices.push({
        invoiceId: invoice.id,
        customerId: invoice.customerId,
        customerName: names.get(invoice.customerId) ?? '',
        number: invoice.number,
        currency: invoice.currency,
        balanceMinor: invoice.balanceMinor,
      });
      changed.add(invoice.customerId);
    }
  }

  planCredits(plan, book, scope, stored.customers, target, changed);
  plan.changedCustomerIds = [...changed];
  progress.done();
  return plan;
}

function planCredits(
  plan: ImportPlan,
  book: ParsedBook,
  scope: ImportScope,
  customers: readonly StoredCustomerForPlan[],
  target: Map<string, { id: string; name: string; isNew: boolean }>,
  changed: Set<string>,
): void {
  const byCustomer = new Map<string, BookCredit[]>();
  for (const credit of book.credits) {
    const list = byCustomer.get(credit.customerKey);
    if (list) list.push(credit);
    else byCustomer.set(credit.customerKey, [credit]);
  }
  const storedById = new Map(customers.map((c) => [c.id, c]));
  const withCredits = new Set<string>();
  for (const [key, credits] of byCustomer) {
    const customer = target.get(key);
    if (!customer) {
      for (const credit of credits)
        plan.skipped.push({ rowNumber: credit.rowNumber, reason: 'This credit names a customer the file does not list.' });
      continue;
    }
    withCredits.add(customer.id);
    const storedCredits = (storedById.get(customer.id)?.accountCredits ?? []).filter((c) => c.source === plan.source);
    if (!customer.isNew && JSON.stringify(creditsOf(plan.source, credits)) === JSON.stringify(creditsOf(plan.source, storedCredits)))
      continue;
    for (const credit of credits) plan.credits.push({ customerId: customer.id, customerName: customer.name, credit });
    changed.add(customer.id);
  }
  if (scope !== 'full' || book.content !== 'invoices') return;
  for (const customer of customers) {
    if (withCredits.has(customer.id) || !customer.accountCredits?.some((c) => c.source === plan.source)) continue;
    plan.writes?.creditsClearedFor.push(customer.id);
    changed.add(customer.id);
  }
}
