// Upgrades of stored data between schema versions (the store definitions are in
// schema-versions.ts). Each upgrade runs inside Dexie's version-change transaction, so a failure
// leaves the database at its old version with its old data.
import type { Transaction } from 'dexie';
import type { Call } from '../../shared/calls/schema';
import type { Contact, ContactPhone } from '../../shared/contacts/schema';
import type { Customer } from '../../shared/customers/schema';
import type { Invoice } from '../../shared/invoices/schema';
import { storePhone } from '../../shared/phone/phone';
import type { Settings } from '../../shared/settings/schema';
import { lastClosedCallAt, summarizeCustomer, toCustomerRow } from './customer-summary';
import { settingsKey } from './schema-versions';
import { groupByCustomer } from '../../shared/common/group-by';

/** Recomputes every customer's summary from their stored records (inside an upgrade). */
async function recomputeAllSummaries(tx: Transaction): Promise<void> {
  const [customers, contacts, invoices, calls] = await Promise.all([
    tx.table<Customer, string>('customers').toArray(),
    tx.table<Contact, string>('contacts').toArray(),
    tx.table<Invoice, string>('invoices').toArray(),
    tx.table<Call, string>('calls').toArray(),
  ]);
  const contactsBy = groupByCustomer(contacts);
  const invoicesBy = groupByCustomer(invoices);
  const callsBy = groupByCustomer(calls);
  const rows = customers.map((customer) =>
    toCustomerRow(
      customer,
      summarizeCustomer(
        customer,
        contactsBy.get(customer.id) ?? [],
        invoicesBy.get(customer.id) ?? [],
        lastClosedCallAt(callsBy.get(customer.id) ?? []),
      ),
    ),
  );
  await tx.table('customers').bulkPut(rows);
}

/** Version 1 -> 2: compute the customer summary for every existing customer. */
export function upgradeToV2(tx: Transaction): Promise<void> {
  return recomputeAllSummaries(tx);
}

/**
 * The country a stored number without an E.164 is read with, once, by the version 4 upgrade:
 * the country of the customer's billing address (else their first address), because a number
 * that did not parse with the settings' country when it was saved most likely belongs where the
 * customer is; the phone country saved in settings when there is no address; 'US' when there are
 * no settings either (the app's default before settings existed).
 */
export function migrationCountryFor(customer: Pick<Customer, 'addresses'> | undefined, settingsCountry: string | undefined): string {
  const addresses = customer?.addresses ?? [];
  const address = addresses.find((a) => a.label === 'billing') ?? addresses[0];
  return address?.country ?? settingsCountry ?? 'US';
}

/** A phone's E.164 kept when it was stored, else read once with `country`. */
function withE164(phone: ContactPhone, country: string): ContactPhone {
  return phone.e164 ? phone : { ...phone, e164: storePhone(phone.number, country).e164 };
}

/**
 * Version 3 -> 4: every stored number gets the E.164 it keeps from now on (contacts' phones, the
 * number each call was made on, the settings' callback number); then every customer's summary is
 * recomputed, so phone search keys come from those E.164 forms and invoice numbers gain their
 * digits-only keys ("10263" finds INV-10263).
 */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  const settingsTable = tx.table<{ key: string; value: Settings }, string>('settings');
  const [customers, contacts, calls, settings] = await Promise.all([
    tx.table<Customer, string>('customers').toArray(),
    tx.table<Contact, string>('contacts').toArray(),
    tx.table<Call, string>('calls').toArray(),
    settingsTable.get(settingsKey),
  ]);
  const settingsCountry = settings?.value.defaultCountry;
  const customersById = new Map(customers.map((c) => [c.id, c]));
  const countryOf = (customerId: string) => migrationCountryFor(customersById.get(customerId), settingsCountry);

  const upgradedContacts = contacts.map((contact) => ({
    ...contact,
    phones: contact.phones.map((phone) => withE164(phone, countryOf(contact.customerId))),
  }));
  const contactsById = new Map(upgradedContacts.map((c) => [c.id, c]));
  // A call keeps the E.164 of the contact's phone it was made on (what the screen dialled then),
  // else its own text read with the customer's country.
  const upgradedCalls = calls
    .filter((call) => call.phoneE164 === undefined)
    .map((call) => {
      if (call.phoneNumber === null) return { ...call, phoneE164: null };
      const known = call.contactId ? contactsById.get(call.contactId)?.phones.find((p) => p.number === call.phoneNumber) : undefined;
      return { ...call, phoneE164: known ? known.e164 : storePhone(call.phoneNumber, countryOf(call.customerId)).e164 };
    });
  await tx.table('contacts').bulkPut(upgradedContacts);
  await tx.table('calls').bulkPut(upgradedCalls);
  if (settings && settings.value.callbackNumber && !settings.value.callbackNumberE164) {
    const e164 = storePhone(settings.value.callbackNumber, settingsCountry ?? 'US').e164;
    await settingsTable.put({ ...settings, value: { ...settings.value, callbackNumberE164: e164 } });
  }
  await recomputeAllSummaries(tx);
}

/**
 * Version 4 -> 5: every customer's summary is recomputed, so its open balance is kept one total
 * per currency (`openBalances`) and the list's sort key is no longer a sum across currencies.
 */
export function upgradeSummariesToV5(tx: Transaction): Promise<void> {
  return recomputeAllSummaries(tx);
}

/**
 * Version 8 -> 9: every invoice gets the keys its customer is found by under its number, and every
 * customer's summary is recomputed, so its own search keys no longer hold invoice numbers.
 */
export async function upgradeToV9(tx: Transaction): Promise<void> {
  // Written back as they are: the invoice middleware (invoice-search-keys.ts) gives each its keys,
  // and leaves a malformed row from an old backup to the restore's own check, which names it.
  const invoices = tx.table<Invoice, string>('invoices');
  await invoices.bulkPut(await invoices.toArray());
  await recomputeAllSummaries(tx);
}
