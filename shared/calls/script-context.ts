// Builds what the call script is filled with from one customer file, for one call.
import { computeAgingByCurrency } from '../aging/aging';
import type { Contact } from '../contacts/schema';
import type { Address, Customer } from '../customers/schema';
import { todayIn } from '../dates/calendar';
import type { Invoice } from '../invoices/schema';
import { promisedInvoiceNumbers } from '../promises/promised-invoices';
import type { PaymentPromise } from '../promises/schema';
import type { ScriptContext } from '../scripts/model';
import { howToPayText } from '../settings/how-to-pay';
import { callbackNumberShown } from '../settings/callback-number';
import type { Settings } from '../settings/schema';

export interface ScriptSources {
  customer: Customer;
  contacts: readonly Contact[];
  invoices: readonly Invoice[];
  promises: readonly PaymentPromise[];
  contactId: string | null;
  settings: Settings;
  now: Date;
  /** The promise the text is about (a confirmation of that promise); the latest one when left out. */
  promise?: PaymentPromise | null;
}

export function formatAddress(a: Address): string {
  return [a.line1, a.line2, [a.city, a.region, a.postalCode].filter(Boolean).join(' '), a.country].filter(Boolean).join(', ');
}

export function buildScriptContext(s: ScriptSources): ScriptContext {
  const contact = s.contacts.find((c) => c.id === s.contactId) ?? null;
  const authoriser = s.contacts.find((c) => c.authorisesPayment) ?? null;
  const open = s.invoices.filter((i) => i.status === 'open' && i.balanceMinor > 0);
  // Days past due are whole days on the office's calendar, as on every other screen and paper.
  const today = todayIn(s.settings.officeTimeZone, s.now);
  // The totals are the largest currency's; a script reads every currency's amount from the
  // invoices when there are several (account-facts.ts), so nothing is added across currencies.
  const agings = computeAgingByCurrency(open, today);
  const main = agings[0];
  const lastPromise = s.promise ?? [...s.promises].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null;
  const billing = [...s.customer.addresses].sort((a, b) => Number(b.label === 'billing') - Number(a.label === 'billing'));
  return {
    callerName: s.settings.callerName,
    companyName: s.settings.companyName,
    callbackNumber: callbackNumberShown(s.settings),
    howToPay: howToPayText(s.settings),
    customer: { legalName: s.customer.legalName, tradingName: s.customer.tradingName, kind: s.customer.kind },
    contact: contact ? { name: contact.name, role: contact.role } : null,
    authoriser: authoriser ? { name: authoriser.name, role: authoriser.role } : null,
    invoices: open.map((i) => ({
      number: i.number,
      issueDate: i.issueDate,
      dueDate: i.dueDate,
      amountMinor: i.amountMinor,
      balanceMinor: i.balanceMinor,
      currency: i.currency,
      delivered: i.delivered,
      poNumber: i.poNumber,
      terms: i.terms,
      sentOn: i.sentOn,
    })),
    totals: {
      totalDueMinor: main?.totalDueMinor ?? 0,
      pastDueMinor: main?.pastDueMinor ?? 0,
      oldestDaysPastDue: Math.max(0, ...agings.map((a) => a.oldestDaysPastDue)),
      currency: main?.currency ?? s.settings.currency,
    },
    today,
    locale: s.settings.locale,
    lastPromise: lastPromise
      ? {
          amountMinor: lastPromise.amountMinor,
          promisedDate: lastPromise.promisedDate,
          status: lastPromise.status,
          currency: lastPromise.currency,
          instalments: lastPromise.instalments,
          method: lastPromise.method,
          invoiceNumbers: promisedInvoiceNumbers(lastPromise, s.invoices),
        }
      : null,
    addresses: billing.map(formatAddress),
    billingEmail: authoriser?.emails[0] ?? contact?.emails[0] ?? null,
    recordingConsent: s.settings.recordingConsentLine,
  };
}
