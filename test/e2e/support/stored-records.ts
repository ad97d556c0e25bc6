// Moves stored records as time would have: the renderer uses the browser's real clock, so a
// spec that needs "three days later" moves a promise's date three days back instead. Works on
// the app's IndexedDB directly (the schema is Dexie's: one object store per table, keyed by id).
import type { Page } from '@playwright/test';

/** Sets fields on the open promise of the customer whose legal name contains `customerName`. */
export async function updateOpenPromise(page: Page, customerName: string, changes: Record<string, unknown>): Promise<void> {
  const updated = await page.evaluate(
    ({ customerName, changes }) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('call-desk');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['customers', 'promises'], 'readwrite');
          let count = 0;
          const customers = tx.objectStore('customers').getAll();
          customers.onsuccess = () => {
            const ids = new Set((customers.result as { id: string; legalName: string }[]).filter((c) => c.legalName.includes(customerName)).map((c) => c.id));
            const promises = tx.objectStore('promises').getAll();
            promises.onsuccess = () => {
              for (const p of promises.result as { customerId: string; status: string }[]) {
                if (ids.has(p.customerId) && p.status === 'open') {
                  tx.objectStore('promises').put({ ...p, ...changes });
                  count += 1;
                }
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
    { customerName, changes },
  );
  if (updated !== 1) throw new Error(`Expected one open promise for ${customerName}, updated ${updated}.`);
}
