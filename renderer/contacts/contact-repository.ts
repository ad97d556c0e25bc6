// Contacts of a customer. Each phone is read once, when it is first saved (or its text edited),
// with the phone country in force then, and keeps that E.164 form for good (dialling, display
// and search use it); the customer's search keys and primary phone follow every change.
import { newId } from '../../shared/common/ids';
import { contactInputSchema, contactSchema, type Contact, type ContactInput } from '../../shared/contacts/schema';
import { storePhone } from '../../shared/phone/phone';
import { defaultCountryOf, refreshCustomerSummary, summaryTables } from '../data/customer-summary';
import type { CallDeskDb } from '../data/db';

/** Adds a contact, or replaces contact `id` of this customer. */
export async function saveContact(
  db: CallDeskDb,
  customerId: string,
  input: ContactInput,
  id?: string,
  opts: { now?: Date } = {},
): Promise<Contact> {
  const parsed = contactInputSchema.parse(input);
  const now = (opts.now ?? new Date()).toISOString();
  return db.transaction('rw', summaryTables(db), async () => {
    if (!(await db.customers.get(customerId))) throw new Error('This customer no longer exists.');
    const existing = id ? await db.contacts.get(id) : undefined;
    if (id && (!existing || existing.customerId !== customerId)) throw new Error('This contact no longer exists.');
    const defaultCountry = await defaultCountryOf(db);
    // A number whose text is unchanged keeps the E.164 it was stored with, whatever the country now.
    const storedE164 = new Map((existing?.phones ?? []).map((p) => [p.number, p.e164]));
    const contact = contactSchema.parse({
      ...parsed,
      phones: parsed.phones.map((p) => ({
        ...p,
        e164: storedE164.has(p.number) ? (storedE164.get(p.number) ?? null) : storePhone(p.number, defaultCountry).e164,
      })),
      id: existing?.id ?? newId(),
      customerId,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    await db.contacts.put(contact);
    await refreshCustomerSummary(db, customerId);
    return contact;
  });
}

/**
 * Removes a contact and returns it (undefined if it was already gone). Past calls keep its id.
 */
export function deleteContact(db: CallDeskDb, id: string): Promise<Contact | undefined> {
  return db.transaction('rw', summaryTables(db), async () => {
    const existing = await db.contacts.get(id);
    if (!existing) return undefined;
    await db.contacts.delete(id);
    await refreshCustomerSummary(db, existing.customerId);
    return existing;
  });
}
