// What a confirmation email for a promise starts as: who it goes to (someone on the file with an
// address, preferring whoever made the promise, then whoever approves payment) and the user's
// template filled from the promise, the customer file and the settings.
import type { Contact } from '../../shared/contacts/schema';
import { fillConfirmationEmail, type FilledConfirmationEmail } from '../../shared/promises/confirmation-email';
import type { PaymentPromise } from '../../shared/promises/schema';
import type { Settings } from '../../shared/settings/schema';
import type { CustomerFile } from '../customers/customer-repository';

export interface RecipientOption {
  email: string;
  contactName: string;
}

function contactsByPreference(promise: PaymentPromise, contacts: readonly Contact[]): Contact[] {
  const rank = (c: Contact) => (c.id === promise.contactId ? 0 : c.authorisesPayment ? 1 : 2);
  return [...contacts].sort((a, b) => rank(a) - rank(b));
}

/** Every address on the file, the most likely recipient first. */
export function recipientOptions(promise: PaymentPromise, file: CustomerFile): RecipientOption[] {
  return contactsByPreference(promise, file.contacts).flatMap((c) => c.emails.map((email) => ({ email, contactName: c.name })));
}

/** The invoice numbers the promise covers; a promise for the whole account covers what is open. */
export function promisedInvoiceNumbers(promise: PaymentPromise, file: CustomerFile): string[] {
  const byId = new Map(file.invoices.map((i) => [i.id, i]));
  if (promise.invoiceIds.length > 0) {
    return promise.invoiceIds.flatMap((id) => {
      const invoice = byId.get(id);
      return invoice ? [invoice.number] : [];
    });
  }
  return file.invoices
    .filter((i) => i.status === 'open' && i.balanceMinor > 0)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number))
    .map((i) => i.number);
}

/**
 * The filled email. With `to`, it is addressed there and greets the contact who owns that
 * address (or the customer, for an address not on the file).
 */
export function draftConfirmation(promise: PaymentPromise, file: CustomerFile, settings: Settings, to?: string): FilledConfirmationEmail {
  const ordered = contactsByPreference(promise, file.contacts);
  let contact: { name: string; emails: readonly string[] } | null;
  if (to !== undefined) {
    const wanted = to.trim().toLowerCase();
    const owner = ordered.find((c) => c.emails.some((e) => e.toLowerCase() === wanted));
    contact = { name: owner?.name ?? '', emails: [to.trim()] };
  } else {
    contact = ordered.find((c) => c.emails.length > 0) ?? ordered.find((c) => c.id === promise.contactId) ?? null;
  }
  return fillConfirmationEmail({
    subjectTemplate: settings.confirmationSubject,
    bodyTemplate: settings.confirmationBody,
    promise,
    contact,
    // The legal name: the one that owes the money and made the promise.
    customerName: file.customer.legalName,
    invoiceNumbers: promisedInvoiceNumbers(promise, file),
    settings,
  });
}
