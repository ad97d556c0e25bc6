// Customers as a file describes them: one per match key, with every contact and the first
// address the file gives, merged across the rows that name the same customer.
import { normaliseName } from '../cells/names';
import { splitPhoneCell } from '../cells/phones';
import type { BookAddress, BookContact, BookCustomer } from '../model';
import type { RowFields } from './row-fields';

const countryAliases: Record<string, string> = {
  usa: 'US', 'united states of america': 'US', america: 'US', uk: 'GB', 'great britain': 'GB', britain: 'GB',
  england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB', 'new zealand': 'NZ', aotearoa: 'NZ',
};
let countryNames: Map<string, string> | undefined;

/** "United Kingdom" / "UK" / "gb" → "GB"; '' when the text names no country we know. */
export function countryCodeOf(text: string): string {
  const name = text.trim().toLowerCase().replace(/\./g, '');
  if (name === '') return '';
  if (countryAliases[name]) return countryAliases[name]!;
  if (!countryNames) {
    countryNames = new Map();
    try {
      const display = new Intl.DisplayNames('en', { type: 'region' });
      for (let a = 65; a <= 90; a++) {
        for (let b = 65; b <= 90; b++) {
          const code = String.fromCharCode(a, b);
          const shown = display.of(code);
          // Old aliases (UK, BU) canonicalise to the code in use (GB, MM): only those are kept.
          const current = Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
          if (shown && shown !== code && current && code !== 'ZZ') countryNames.set(shown.toLowerCase(), code);
        }
      }
    } catch {
      // No region names in this runtime: only codes and the aliases above are read.
    }
  }
  if (/^[a-z]{2}$/.test(name)) return Intl.getCanonicalLocales(`und-${name.toUpperCase()}`)[0]!.slice(4);
  return countryNames.get(name) ?? '';
}

function contactOf(fields: RowFields): BookContact | null {
  const name = fields.text('contactName') || [fields.text('contactFirstName'), fields.text('contactLastName')].filter(Boolean).join(' ');
  const email = fields.text('email').split(/[;,\s]+/).find((part) => part.includes('@')) ?? '';
  const phones = [...splitPhoneCell(fields.text('phone')), ...splitPhoneCell(fields.text('mobile'), 'mobile')];
  if (!name && !email && phones.length === 0) return null;
  return { name, email, phones };
}

function addressOf(fields: RowFields): BookAddress | null {
  const address: BookAddress = {
    line1: fields.text('address1'),
    line2: fields.text('address2'),
    city: fields.text('city'),
    region: fields.text('region'),
    postalCode: fields.text('postalCode'),
    country: countryCodeOf(fields.text('country')),
  };
  return address.line1 || address.line2 || address.city || address.postalCode ? address : null;
}

function digits(number: string): string {
  return number.replace(/\D/g, '');
}

/** The same person twice (same name, and the same e-mail or one missing) is one contact with both sets of numbers. */
function mergeContact(contacts: BookContact[], next: BookContact): void {
  const same = contacts.find(
    (c) => normaliseName(c.name) === normaliseName(next.name) && (c.email.toLowerCase() === next.email.toLowerCase() || !c.email || !next.email),
  );
  if (!same) {
    contacts.push(next);
    return;
  }
  if (!same.email) same.email = next.email;
  for (const phone of next.phones) {
    if (!same.phones.some((p) => digits(p.number) === digits(phone.number))) same.phones.push(phone);
  }
}

export class BookCustomers {
  private readonly byKey = new Map<string, BookCustomer>();

  /** Notes a row of this customer; `rowNumber` once per file row. */
  add(key: string, name: string, accountNumber: string, fields: RowFields): void {
    let customer = this.byKey.get(key);
    if (!customer) {
      customer = { key, name, accountNumber, contacts: [], address: null, rowNumbers: [] };
      this.byKey.set(key, customer);
    }
    if (!customer.rowNumbers.includes(fields.row.rowNumber)) customer.rowNumbers.push(fields.row.rowNumber);
    if (!customer.accountNumber && accountNumber) customer.accountNumber = accountNumber;
    const contact = contactOf(fields);
    if (contact) mergeContact(customer.contacts, contact);
    customer.address ??= addressOf(fields);
  }

  list(): BookCustomer[] {
    return [...this.byKey.values()];
  }
}
