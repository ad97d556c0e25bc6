// The comparisons matching rests on: names, invoice numbers, phones and emails compared the way a
// person would say "that is the same one".
import { emailSchema } from '../../common/primitives';
import type { BookContact } from '../model';

/** "ACME Hardware, Ltd." and "Acme  Hardware Ltd" compare equal: case, accents, punctuation and spacing aside. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Invoice numbers compare without regard to case or surrounding spaces (as the invoice form does). */
export function normaliseInvoiceNumber(number: string): string {
  return number.trim().toLowerCase();
}

export function normaliseAccountNumber(account: string): string {
  return account.trim().toLowerCase();
}

export function phoneDigits(number: string): string {
  return number.replace(/\D/g, '');
}

/** Two numbers are the same when their digits are, or one ends with the other's (a country code added). */
export function samePhone(a: string, b: string): boolean {
  const x = phoneDigits(a);
  const y = phoneDigits(b);
  if (x.length < 3 || y.length < 3) return false;
  return x === y || (Math.min(x.length, y.length) >= 7 && (x.endsWith(y) || y.endsWith(x)));
}

/** The book's emails a contact can store (the contact form's rule); others are left out. */
export function usableEmail(email: string): boolean {
  return email.trim() !== '' && emailSchema.safeParse(email.trim()).success;
}

/** The book's phones a contact can store: at least three digits. */
export function usablePhones(contact: Pick<BookContact, 'phones'>): BookContact['phones'] {
  return contact.phones.filter((p) => /\d{3}/.test(p.number) && p.number.trim().length <= 40);
}

/** A book contact with only what can be stored; null when nothing is left worth a contact. */
export function usableContact(contact: BookContact): BookContact | null {
  const email = usableEmail(contact.email) ? contact.email.trim() : '';
  const phones = usablePhones(contact);
  const name = contact.name.trim();
  if (!name && !email && phones.length === 0) return null;
  return { name, email, phones };
}

/** A stored invoice is never due before it was issued: a file that says so is read as due on issue. */
export function storedDueDate(invoice: { issueDate: string; dueDate: string }): string {
  return invoice.dueDate < invoice.issueDate ? invoice.issueDate : invoice.dueDate;
}
