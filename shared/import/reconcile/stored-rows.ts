// The stored rows an import writes, built from the book's values. The book was checked as it was
// read (interpret), so rows are made by construction rather than parsed one by one with zod (a
// 100,000-invoice file must write about as fast as a plain bulk write); the few rules a stored
// row must keep are checked here, and a row that breaks one stops the whole import.
import type { Contact } from '../../contacts/schema';
import type { Address, Customer } from '../../customers/schema';
import { isCalendarDate } from '../../dates/calendar';
import type { Invoice } from '../../invoices/schema';
import type { Payment } from '../../payments/schema';
import { storePhone } from '../../phone/phone';
import type { AccountCredit } from '../books-identity-schema';
import type { BookAddress, BookContact, BookCustomer, BookInvoice, BookPhoneLabel, BooksSource } from '../model';
import { usableAddress } from './contact-details';
import { storedDueDate as dueDateOf } from './normalise';

export class ImportDataError extends Error {
  override name = 'ImportDataError';
}

const cut = (text: string, max: number) => text.trim().slice(0, max);

export interface RowContext {
  source: BooksSource;
  /** UTC instant of the import: every row it writes is stamped with it. */
  now: string;
  officeTimeZone: string;
  defaultCountry: string;
}

export function addressFromBook(address: BookAddress, defaultCountry: string): Address | null {
  const usable = usableAddress(address);
  if (!usable) return null;
  return {
    label: 'billing',
    line1: cut(usable.line1, 120),
    line2: cut(usable.line2, 120),
    city: cut(usable.city, 80),
    region: cut(usable.region, 80),
    postalCode: cut(usable.postalCode, 20),
    country: /^[A-Z]{2}$/.test(usable.country) ? usable.country : defaultCountry,
  };
}

export function newCustomerRow(id: string, book: BookCustomer, credits: AccountCredit[], terms: string, ctx: RowContext): Customer {
  const address = book.address ? addressFromBook(book.address, ctx.defaultCountry) : null;
  const legalName = cut(book.name, 200);
  if (!legalName) throw new ImportDataError(`A customer on row ${book.rowNumbers[0] ?? '?'} has no name.`);
  return {
    id,
    kind: 'commercial',
    legalName,
    tradingName: '',
    accountNumber: cut(book.accountNumber, 40),
    timeZone: ctx.officeTimeZone,
    status: 'active',
    defaultTerms: cut(terms, 60) || 'Net 30',
    addresses: address ? [address] : [],
    notes: '',
    createdAt: ctx.now,
    updatedAt: ctx.now,
    demo: false,
    placement: null,
    books: { source: ctx.source, customerKey: book.key },
    ...(credits.length > 0 ? { accountCredits: credits } : {}),
  };
}

const phoneLabel = (label: BookPhoneLabel): Contact['phones'][number]['label'] =>
  label === 'office' || label === 'mobile' || label === 'direct' || label === 'home' ? label : 'other';

export function storedPhones(phones: BookContact['phones'], country: string): Contact['phones'] {
  return phones
    .slice(0, 6)
    .map((p) => ({ label: phoneLabel(p.label), number: cut(p.number, 40), e164: storePhone(p.number.trim(), country).e164 }));
}

/** `order` keeps the file's order of a customer's contacts (contacts are listed by creation time). */
export function newContactRow(
  id: string,
  customerId: string,
  customerName: string,
  book: BookContact,
  order: number,
  ctx: RowContext,
  country: string,
): Contact {
  return {
    id,
    customerId,
    name: cut(book.name, 120) || cut(customerName, 120),
    role: '',
    authorisesPayment: false,
    phones: storedPhones(book.phones, country),
    emails: book.email ? [book.email.trim()] : [],
    notes: '',
    createdAt: new Date(Date.parse(ctx.now) + order).toISOString(),
    updatedAt: ctx.now,
  };
}

function checkInvoice(book: BookInvoice): void {
  const problem = !book.number.trim()
    ? 'has no number'
    : !Number.isInteger(book.amountMinor) || book.amountMinor <= 0
      ? 'has no amount above zero'
      : !Number.isInteger(book.balanceMinor) || book.balanceMinor < 0 || book.balanceMinor > book.amountMinor
        ? 'has an open balance outside its amount'
        : !isCalendarDate(book.issueDate) || !isCalendarDate(book.dueDate)
          ? 'has a date that is not a real date'
          : !/^[A-Z]{3}$/.test(book.currency)
            ? 'has no three-letter currency'
            : null;
  if (problem)
    throw new ImportDataError(`Invoice ${book.number || '(no number)'} on row ${book.rowNumber} ${problem}; nothing was imported.`);
}

export function newInvoiceRow(id: string, customerId: string, book: BookInvoice, ctx: RowContext): Invoice {
  checkInvoice(book);
  return {
    id,
    customerId,
    number: cut(book.number, 40),
    issueDate: book.issueDate,
    dueDate: dueDateOf(book),
    sentOn: null,
    amountMinor: book.amountMinor,
    currency: book.currency,
    delivered: cut(book.description, 500),
    poNumber: cut(book.poNumber, 40),
    terms: cut(book.terms, 60),
    balanceMinor: book.balanceMinor,
    status: book.balanceMinor === 0 ? 'paid' : 'open',
    createdAt: ctx.now,
    updatedAt: ctx.now,
    books: { source: ctx.source, customerKey: book.customerKey, job: book.job },
  };
}

/** A stored invoice with the books' figures (what the books own); everything else stays. */
export function updatedInvoiceRow(
  stored: Invoice,
  after: { amountMinor: number; balanceMinor: number; issueDate: string; dueDate: string },
  currency: string,
  now: string,
): Invoice {
  checkInvoice({ ...after, number: stored.number, currency, rowNumber: 0 } as BookInvoice);
  return {
    ...stored,
    ...after,
    dueDate: dueDateOf(after),
    currency,
    status: after.balanceMinor === 0 ? 'paid' : 'open',
    updatedAt: now,
  };
}

export function seenInBooksPayment(
  id: string,
  importId: string,
  invoice: Pick<Invoice, 'id' | 'customerId' | 'currency'>,
  amountMinor: number,
  receivedOn: string,
  fileName: string,
  now: string,
): Payment {
  const prefix = 'Seen in the books (import of ';
  const room = 80 - prefix.length - 1;
  const name = fileName.length > room ? `${fileName.slice(0, room - 1)}…` : fileName;
  return {
    id,
    customerId: invoice.customerId,
    receivedOn,
    amountMinor,
    currency: invoice.currency,
    method: 'other',
    reference: `${prefix}${name})`,
    allocations: [{ invoiceId: invoice.id, amountMinor }],
    createdAt: now,
    seenInBooks: { importId },
  };
}
