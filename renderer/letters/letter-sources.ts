// Reads what letters for many accounts are written from, in one read transaction so every letter
// shows the same moment: each customer with its contacts, invoices and promises (three index
// reads for the whole batch), and the settings. Accounts come back in the order asked for.
import type { LetterSources } from '../../shared/letters/compose-letter';
import type { Settings } from '../../shared/settings/schema';
import type { CallDeskDb } from '../data/db';
import { getSettings } from '../settings/settings-repository';

export interface LetterBatchSources {
  settings: Settings;
  /** The customers still on file, in the order asked for. */
  accounts: LetterSources[];
}

function byCustomer<T extends { customerId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.customerId);
    if (list) list.push(row);
    else out.set(row.customerId, [row]);
  }
  return out;
}

export function loadLetterSources(db: CallDeskDb, customerIds: readonly string[]): Promise<LetterBatchSources> {
  return db.transaction('r', [db.customers, db.contacts, db.invoices, db.promises, db.settings], async () => {
    const ids = [...customerIds];
    const [customers, contacts, invoices, promises, settings] = await Promise.all([
      db.customers.bulkGet(ids),
      db.contacts.where('customerId').anyOf(ids).toArray(),
      db.invoices.where('customerId').anyOf(ids).toArray(),
      db.promises.where('customerId').anyOf(ids).toArray(),
      getSettings(db),
    ]);
    const contactsOf = byCustomer(contacts);
    const invoicesOf = byCustomer(invoices);
    const promisesOf = byCustomer(promises);
    const accounts = customers.flatMap((customer) =>
      customer
        ? [
            {
              customer,
              contacts: contactsOf.get(customer.id) ?? [],
              invoices: invoicesOf.get(customer.id) ?? [],
              promises: promisesOf.get(customer.id) ?? [],
            },
          ]
        : [],
    );
    return { settings, accounts };
  });
}
