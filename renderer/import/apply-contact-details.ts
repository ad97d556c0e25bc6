// The contact part of applying an import: details the file has where Call Desk has none are
// added; where they differ, only what the user chose to take from the file is written.
import type { Contact } from '../../shared/contacts/schema';
import type { Customer } from '../../shared/customers/schema';
import type { ContactDifference, PlanWrites } from '../../shared/import/model';
import { addressFromBook, newContactRow, storedPhones, type RowContext } from '../../shared/import/reconcile/stored-rows';
import type { CallDeskDb } from '../data/db';
import { StalePlanError } from './stale-plan-error';

export interface ContactDetailsResult {
  created: Contact[];
  /** Stored contacts after the change, by id. */
  updated: Map<string, Contact>;
  /** Those contacts as they were. */
  before: Contact[];
  /** Customers whose details were added or taken. */
  customerIds: Set<string>;
}

export async function applyContactDetails(
  db: CallDeskDb,
  input: {
    writes: PlanWrites;
    taken: readonly ContactDifference[];
    customers: ReadonlyMap<string, Customer>;
    ctx: RowContext;
    newId: () => string;
    edit(customerId: string, change: (c: Customer) => Customer): void;
  },
): Promise<ContactDetailsResult> {
  const { writes, taken, customers, ctx, newId, edit } = input;
  const values = taken.map((d) => ({ difference: d, value: writes.differenceValues[d.id] }));
  const contactIds = [
    ...new Set([
      ...writes.detailsAdded.flatMap((d) => (d.addToContact ? [d.addToContact.contactId] : [])),
      ...values.flatMap(({ value }) => (value && 'contactId' in value ? [value.contactId] : [])),
    ]),
  ];
  const stored = new Map<string, Contact>();
  for (const contact of await db.contacts.bulkGet(contactIds)) {
    if (!contact)
      throw new StalePlanError('A contact in this import was removed since the preview; nothing was imported. Open the file again.');
    stored.set(contact.id, contact);
  }
  const result: ContactDetailsResult = { created: [], updated: new Map(), before: [], customerIds: new Set() };
  const countryOf = (customerId: string) => customers.get(customerId)?.addresses[0]?.country ?? ctx.defaultCountry;
  const change = (contactId: string, apply: (c: Contact) => Contact) => {
    const current = result.updated.get(contactId) ?? stored.get(contactId)!;
    result.updated.set(contactId, { ...apply(current), updatedAt: ctx.now });
    result.customerIds.add(current.customerId);
  };

  for (const added of writes.detailsAdded) {
    const customer = customers.get(added.customerId);
    if (!customer) continue;
    added.contacts.forEach((contact, order) => {
      result.created.push(newContactRow(newId(), customer.id, customer.legalName, contact, order, ctx, countryOf(customer.id)));
      result.customerIds.add(customer.id);
    });
    const into = added.addToContact;
    if (into) {
      change(into.contactId, (c) => ({
        ...c,
        emails: [...c.emails, ...into.emails].slice(0, 6),
        phones: [...c.phones, ...storedPhones(into.phones, countryOf(customer.id))].slice(0, 6),
      }));
    }
    const address = added.address ? addressFromBook(added.address, ctx.defaultCountry) : null;
    if (address) {
      edit(customer.id, (c) => ({ ...c, addresses: [...c.addresses, address].slice(0, 10) }));
      result.customerIds.add(customer.id);
    }
  }

  for (const { difference, value } of values) {
    if (!value) continue;
    switch (value.field) {
      case 'contact name':
        change(value.contactId, (c) => ({ ...c, name: value.name.slice(0, 120) }));
        break;
      case 'email':
        change(value.contactId, (c) => ({ ...c, emails: value.emails }));
        break;
      case 'phone':
        change(value.contactId, (c) => ({ ...c, phones: storedPhones(value.phones, countryOf(difference.customerId)) }));
        break;
      case 'address': {
        const address = addressFromBook(value.address, ctx.defaultCountry);
        if (!address) break;
        edit(difference.customerId, (c) => {
          const at = Math.max(
            0,
            c.addresses.findIndex((a) => a.label === 'billing'),
          );
          const addresses = [...c.addresses];
          addresses[at] = { ...address, label: addresses[at]?.label ?? 'billing' };
          return { ...c, addresses };
        });
        result.customerIds.add(difference.customerId);
        break;
      }
    }
  }
  result.before = [...result.updated.keys()].map((id) => stored.get(id)!);
  return result;
}
