// The fixed parts of a printed letter, around what the template says: who it is from (the
// company's name, postal address and phone, from Settings), who it goes to (the customer's legal
// name, the person it is for the attention of, the billing address), the date, the greeting, and
// the open invoices with one total per currency. Plain text here; ./letter-html escapes it.
import { daysPastDue } from '../aging/aging';
import type { Contact } from '../contacts/schema';
import type { Customer } from '../customers/schema';
import { formatCalendarDate, isCalendarDate, type CalendarDate } from '../dates/calendar';
import { addressLines } from '../export/record-labels';
import { totalsByCurrency } from '../money/currency-totals';
import { formatMoney } from '../money/money';
import type { ScriptInvoice } from '../scripts/model';
import { callbackNumberShown } from '../settings/callback-number';
import { textLines } from '../settings/how-to-pay';
import type { Settings } from '../settings/schema';

export interface LetterInvoiceRow {
  number: string;
  issued: string;
  due: string;
  amount: string;
  balance: string;
  /** Whole office days past the due date; 0 when not yet due. */
  daysPastDue: number;
}

export interface LetterLayout {
  locale: string;
  date: CalendarDate;
  /** The date as the letter prints it, e.g. "March 12, 2025". */
  dateText: string;
  sender: { name: string; addressLines: string[]; phone: string };
  /** The address block: the legal name, any trading name, the attention line, the postal address. */
  recipientLines: string[];
  /** Who the letter is for the attention of, as the timeline names them; null for no one by name. */
  attention: string | null;
  accountNumber: string;
  salutation: string;
  /** Open invoices, oldest due first, each in its own currency. */
  invoices: LetterInvoiceRow[];
  /** What is still open, one line per currency: never added across currencies. */
  totals: { currency: string; balance: string }[];
}

/** The contacts a letter may be addressed to: whoever approves payment first, never one who asked us to stop contacting them. */
export function letterAddressees(contacts: readonly Contact[]): Contact[] {
  return contacts
    .filter((c) => !c.ceaseContact && c.name.trim() !== '')
    .sort((a, b) => Number(b.authorisesPayment) - Number(a.authorisesPayment));
}

/**
 * The postal address a letter goes to: the billing address, else the first one on file. The
 * country is left out when it is the office's own, as on any letter posted at home.
 */
export function postalAddressLines(customer: Pick<Customer, 'addresses'>, homeCountry = ''): string[] {
  const address = customer.addresses.find((a) => a.label === 'billing') ?? customer.addresses[0];
  if (!address) return [];
  return addressLines(address.country === homeCountry ? { ...address, country: '' } : address);
}

function salutationFor(customer: Customer, addressee: Contact | null): string {
  if (addressee) return `Dear ${addressee.name.trim()},`;
  // A person's own account is greeted by their name; a business with no one named, formally.
  return customer.kind === 'consumer' ? `Dear ${customer.legalName.trim()},` : 'Dear Sir or Madam,';
}

function safeMoney(minor: number, currency: string, locale: string): string {
  try {
    return formatMoney(minor, currency, locale);
  } catch {
    return `${currency} ${(minor / 100).toFixed(2)}`;
  }
}

export function letterLayout(input: {
  customer: Customer;
  addressee: Contact | null;
  /** The open invoices, as the template engine reads them (so the table and the text agree). */
  invoices: readonly ScriptInvoice[];
  settings: Settings;
  today: CalendarDate;
}): LetterLayout {
  const { customer, addressee, settings, today } = input;
  const locale = settings.locale;
  const date = (value: string) => (isCalendarDate(value) ? formatCalendarDate(value, locale) : value);
  const invoices = [...input.invoices]
    .filter((i) => i.balanceMinor > 0)
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.number.localeCompare(b.number)));
  const attention = addressee ? [addressee.name.trim(), addressee.role.trim()].filter(Boolean).join(', ') : null;
  const tradingName = customer.tradingName.trim();
  return {
    locale,
    date: today,
    dateText: formatCalendarDate(today, locale, 'long'),
    sender: { name: settings.companyName.trim(), addressLines: textLines(settings.companyAddress), phone: callbackNumberShown(settings) },
    recipientLines: [
      customer.legalName.trim(),
      tradingName && tradingName !== customer.legalName.trim() ? `Trading as ${tradingName}` : '',
      attention ? `Attn: ${attention}` : '',
      ...postalAddressLines(customer, settings.defaultCountry),
    ].filter(Boolean),
    attention,
    accountNumber: customer.accountNumber.trim(),
    salutation: salutationFor(customer, addressee),
    invoices: invoices.map((i) => ({
      number: i.number,
      issued: date(i.issueDate),
      due: date(i.dueDate),
      amount: safeMoney(i.amountMinor, i.currency, locale),
      balance: safeMoney(i.balanceMinor, i.currency, locale),
      daysPastDue: isCalendarDate(i.dueDate) ? Math.max(0, daysPastDue(i.dueDate, today)) : 0,
    })),
    totals: totalsByCurrency(
      invoices,
      (i) => i.currency,
      (i) => i.balanceMinor,
    ).map((t) => ({ currency: t.currency, balance: safeMoney(t.amountMinor, t.currency, locale) })),
  };
}
