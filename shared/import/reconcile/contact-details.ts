// What the file says about a known customer's contacts and address, against what Call Desk has:
// where Call Desk has nothing the file's details are simply added; where Call Desk has something
// else (typed or edited here), the difference is listed and the user chooses. Nothing is replaced
// without asking.
import type { Address } from '../../customers/schema';
import type { BookAddress, BookContact, BookCustomer, ContactDifference, PlanWrites } from '../model';
import { normaliseName, samePhone, usableContact } from './normalise';

export interface StoredContactForMatch {
  id: string;
  customerId: string;
  name: string;
  phones: { number: string }[];
  emails: string[];
  createdAt: string;
}

type DetailsAdded = PlanWrites['detailsAdded'][number];
type DifferenceValue = PlanWrites['differenceValues'][string];

export interface DetailsOutcome {
  added: DetailsAdded | null;
  differences: { difference: ContactDifference; value: DifferenceValue }[];
}

/** An address the customer form could store: it needs a first line and a city. */
export function usableAddress(address: BookAddress | null): BookAddress | null {
  return address && address.line1.trim() && address.city.trim() ? address : null;
}

export function addressText(a: Pick<BookAddress, 'line1' | 'line2' | 'city' | 'region' | 'postalCode' | 'country'>): string {
  return [a.line1, a.line2, a.city, a.region, a.postalCode, a.country]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ');
}

function sameAddress(stored: Address, book: BookAddress): boolean {
  const same = (x: string, y: string) => normaliseName(x) === normaliseName(y);
  return (
    same(stored.line1, book.line1) &&
    same(stored.line2, book.line2) &&
    same(stored.city, book.city) &&
    same(stored.postalCode.replace(/\s/g, ''), book.postalCode.replace(/\s/g, '')) &&
    (book.country === '' || stored.country === book.country)
  );
}

export function compareDetails(
  customer: { id: string; name: string; addresses: readonly Address[] },
  book: BookCustomer,
  storedContacts: readonly StoredContactForMatch[],
): DetailsOutcome {
  const bookContacts = book.contacts.map(usableContact).filter((c): c is BookContact => c !== null);
  const address = usableAddress(book.address);
  const differences: DetailsOutcome['differences'] = [];
  const added: DetailsAdded = { customerId: customer.id, contacts: [], addToContact: null, address: null };
  const difference = (field: ContactDifference['field'], inCallDesk: string, inFile: string, value: DifferenceValue) =>
    differences.push({
      difference: { id: `${customer.id}:${field}`, customerId: customer.id, customerName: customer.name, field, inCallDesk, inFile },
      value,
    });

  const stored = [...storedContacts].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const target = stored[0];
  if (!target) {
    added.contacts = bookContacts;
  } else if (bookContacts.length > 0) {
    const first = bookContacts[0]!;
    if (first.name && !stored.some((c) => normaliseName(c.name) === normaliseName(first.name))) {
      difference('contact name', target.name, first.name, { field: 'contact name', contactId: target.id, name: first.name });
    }
    const bookEmails = [...new Set(bookContacts.map((c) => c.email).filter(Boolean))];
    const storedEmails = new Set(stored.flatMap((c) => c.emails.map((e) => e.toLowerCase())));
    const missingEmails = bookEmails.filter((e) => !storedEmails.has(e.toLowerCase()));
    const bookPhones = bookContacts.flatMap((c) => c.phones);
    const storedPhones = stored.flatMap((c) => c.phones.map((p) => p.number));
    const missingPhones = bookPhones.filter((p) => !storedPhones.some((s) => samePhone(s, p.number)));
    const add = { contactId: target.id, emails: [] as string[], phones: [] as BookContact['phones'] };
    if (missingEmails.length > 0) {
      if (storedEmails.size === 0) add.emails = missingEmails;
      else
        difference('email', stored.flatMap((c) => c.emails).join(', '), missingEmails.join(', '), {
          field: 'email',
          contactId: target.id,
          emails: bookEmails.slice(0, 6),
        });
    }
    if (missingPhones.length > 0) {
      if (storedPhones.length === 0) add.phones = missingPhones.slice(0, 6);
      else
        difference('phone', storedPhones.join(', '), missingPhones.map((p) => p.number).join(', '), {
          field: 'phone',
          contactId: target.id,
          phones: bookPhones.slice(0, 6),
        });
    }
    if (add.emails.length > 0 || add.phones.length > 0) added.addToContact = add;
  }

  if (address) {
    const current = customer.addresses.find((a) => a.label === 'billing') ?? customer.addresses[0];
    if (!current) added.address = address;
    else if (!sameAddress(current, address))
      difference('address', addressText(current), addressText(address), { field: 'address', address });
  }
  const anything = added.contacts.length > 0 || added.addToContact !== null || added.address !== null;
  return { added: anything ? added : null, differences };
}
