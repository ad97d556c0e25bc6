// Changes stored records behind the app's back: as time would have moved them (the renderer uses
// the browser's real clock, so a spec that needs "three days later" moves a promise's date three
// days back instead), or as damage would have left them. Works on the app's IndexedDB directly
// (the schema is Dexie's: one object store per table, keyed by id).
import type { Page } from '@playwright/test';

interface RowEdit {
  /** The table whose rows change: `customers` itself, or a table of rows that belong to a customer. */
  table: string;
  /** Part of the customer's legal name. */
  customerName: string;
  /** Only rows with this status (for tables that have one). */
  status?: string;
  changes: Record<string, unknown>;
}

/** Sets `changes` on the matching rows in one transaction; resolves with how many changed. */
function updateStoredRows(page: Page, edit: RowEdit): Promise<number> {
  return page.evaluate(
    ({ table, customerName, status, changes }) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('call-desk');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction([...new Set(['customers', table])], 'readwrite');
          let count = 0;
          const customers = tx.objectStore('customers').getAll();
          customers.onsuccess = () => {
            const ids = new Set(
              (customers.result as { id: string; legalName: string }[]).filter((c) => c.legalName.includes(customerName)).map((c) => c.id),
            );
            const rows = tx.objectStore(table).getAll();
            rows.onsuccess = () => {
              for (const row of rows.result as { id: string; customerId?: string; status?: string }[]) {
                const owner = table === 'customers' ? row.id : row.customerId;
                if (owner === undefined || !ids.has(owner) || (status !== undefined && row.status !== status)) continue;
                tx.objectStore(table).put({ ...row, ...changes });
                count += 1;
              }
            };
          };
          tx.oncomplete = () => {
            db.close();
            resolve(count);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    edit,
  );
}

/** Sets fields on the open promise of the customer whose legal name contains `customerName`. */
export async function updateOpenPromise(page: Page, customerName: string, changes: Record<string, unknown>): Promise<void> {
  const updated = await updateStoredRows(page, { table: 'promises', customerName, status: 'open', changes });
  if (updated !== 1) throw new Error(`Expected one open promise for ${customerName}, updated ${updated}.`);
}

/** What one customer has on file, read straight from the app's IndexedDB (not through the app). */
export interface StoredAccount {
  customer: { id: string; legalName: string; accountNumber: string; placement?: { agencyName: string; placedOn: string } | null };
  invoices: { id: string; number: string; status: string; balanceMinor: number; currency: string; dueDate: string }[];
  calls: { id: string; note: string; startedAt: string }[];
  notes: { id: string; kind: string; text: string; correctsCallId: string | null }[];
}

/** The records of the customer whose legal name is exactly `legalName`. */
export async function readStoredAccount(page: Page, legalName: string): Promise<StoredAccount> {
  const account = await page.evaluate(
    (legalName) =>
      new Promise<unknown>((resolve, reject) => {
        const request = indexedDB.open('call-desk');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['customers', 'invoices', 'calls', 'notes'], 'readonly');
          const all = (store: string) =>
            new Promise<{ customerId?: string; legalName?: string }[]>((done, fail) => {
              const read = tx.objectStore(store).getAll();
              read.onsuccess = () => done(read.result as { customerId?: string; legalName?: string }[]);
              read.onerror = () => fail(read.error);
            });
          Promise.all([all('customers'), all('invoices'), all('calls'), all('notes')])
            .then(([customers, invoices, calls, notes]) => {
              db.close();
              const customer = customers.find((c) => c.legalName === legalName) as { id: string } | undefined;
              if (!customer) return resolve(null);
              const mine = <T extends { customerId?: string }>(rows: T[]) => rows.filter((r) => r.customerId === customer.id);
              resolve({ customer, invoices: mine(invoices), calls: mine(calls), notes: mine(notes) });
            })
            .catch(reject);
        };
      }),
    legalName,
  );
  if (!account) throw new Error(`No customer named ${legalName} is stored.`);
  return account as StoredAccount;
}

/** Sets fields on the customer whose legal name contains `customerName`, bypassing the app (damaged data). */
export async function overwriteCustomer(page: Page, customerName: string, changes: Record<string, unknown>): Promise<void> {
  const updated = await updateStoredRows(page, { table: 'customers', customerName, changes });
  if (updated !== 1) throw new Error(`Expected one customer named like ${customerName}, updated ${updated}.`);
}
