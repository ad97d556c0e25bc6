// Customers as a file describes them: one per match key, with every contact and the first
// address the file gives, merged across the rows that name the same customer.
import { splitAddressCell } from '../cells/address';
import { cellText } from '../cells/cell-text';
import { normaliseName } from '../cells/names';
import { splitPhoneCell } from '../cells/phones';
import type { BookAddress, BookContact, BookCustomer, ColumnMapping, ImportField } from '../model';
import type { RowFields } from './row-fields';

const countryAliases: Record<string, string> = {
  usa: 'US',
  'united states of america': 'US',
  america: 'US',
  uk: 'GB',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  'new zealand': 'NZ',
  aotearoa: 'NZ',
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
  const email =
    fields
      .text('email')
      .split(/[;,\s]+/)
      .find((part) => part.includes('@')) ?? '';
  const phones = [...splitPhoneCell(fields.text('phone')), ...splitPhoneCell(fields.text('mobile'), 'mobile')];
  if (!name && !email && phones.length === 0) return null;
  return { name, email, phones };
}

/**
 * QuickBooks Desktop's IIF lists write the address as up to five lines (BADDR1–BADDR5), the
 * first often the addressee: the lines are read as one address cell, less the customer's name.
 */
function addressFromLines(fields: RowFields, lineColumns: number[], customerName: string): BookAddress | null {
  const lines = [fields.text('address1'), ...lineColumns.map((column) => cellText(fields.row.cells[column]))].filter(Boolean);
  if (lines.length > 0 && normaliseName(lines[0]!) === normaliseName(customerName)) lines.shift();
  if (lines.length === 0) return null;
  return { ...splitAddressCell(lines.join('\n')), country: countryCodeOf(fields.text('country')) };
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
  // The whole address in one cell (QuickBooks "Billing Address"): its lines become the fields.
  if (/[\r\n]/.test(address.line1) && !address.line2 && !address.city && !address.region && !address.postalCode) {
    Object.assign(address, splitAddressCell(address.line1));
  }
  return address.line1 || address.line2 || address.city || address.postalCode ? address : null;
}

function digits(number: string): string {
  return number.replace(/\D/g, '');
}

/** The same person twice (same name, and the same e-mail or one missing) is one contact with both sets of numbers. */
function mergeContact(contacts: BookContact[], next: BookContact): void {
  const same = contacts.find(
    (c) =>
      normaliseName(c.name) === normaliseName(next.name) && (c.email.toLowerCase() === next.email.toLowerCase() || !c.email || !next.email),
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

  private readonly readsContacts: boolean;
  private readonly readsAddress: boolean;

  /** `addressLineColumns`: further address-line columns after address1 (IIF's BADDR2–BADDR5). */
  constructor(
    mapping: ColumnMapping,
    private readonly addressLineColumns: number[] = [],
  ) {
    const mapped = (fields: ImportField[]) => fields.some((field) => mapping[field] !== undefined);
    this.readsContacts = mapped(['contactName', 'contactFirstName', 'contactLastName', 'email', 'phone', 'mobile']);
    this.readsAddress = mapped(['address1', 'address2', 'city', 'region', 'postalCode']);
  }

  /** Notes a row of this customer; `rowNumber` once per file row. */
  add(key: string, name: string, accountNumber: string, fields: RowFields): void {
    let customer = this.byKey.get(key);
    if (!customer) {
      customer = { key, name, accountNumber, contacts: [], address: null, rowNumbers: [] };
      this.byKey.set(key, customer);
    }
    // Rows arrive in file order, so a repeat can only be the last one noted.
    if (customer.rowNumbers[customer.rowNumbers.length - 1] !== fields.row.rowNumber) customer.rowNumbers.push(fields.row.rowNumber);
    if (!customer.accountNumber && accountNumber) customer.accountNumber = accountNumber;
    const contact = this.readsContacts ? contactOf(fields) : null;
    if (contact) mergeContact(customer.contacts, contact);
    if (this.readsAddress)
      customer.address ??= this.addressLineColumns.length > 0 ? addressFromLines(fields, this.addressLineColumns, name) : addressOf(fields);
  }

  list(): BookCustomer[] {
    return [...this.byKey.values()];
  }
}
