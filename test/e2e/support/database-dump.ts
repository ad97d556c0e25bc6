// Every record in the app's IndexedDB, read straight from the browser (not through the app), so
// a spec can compare the whole database before and after. Byte arrays (documents) become plain
// number arrays tagged as bytes, so they compare by content.
import type { Page } from '@playwright/test';

export type DatabaseDump = Record<string, unknown[]>;

export function dumpDatabase(page: Page): Promise<DatabaseDump> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const plain = (value: unknown): unknown => {
          if (value instanceof Uint8Array) return { bytes: Array.from(value) };
          if (value instanceof ArrayBuffer) return { bytes: Array.from(new Uint8Array(value)) };
          if (Array.isArray(value)) return value.map(plain);
          if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
          return value;
        };
        const request = indexedDB.open('call-desk');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          // The account digest and the invoice packs are derived data (renderer/data/digest-tracking.ts,
          // renderer/data/invoice-packs.ts), rebuilt on demand; restoreStaging is working space (a
          // restore's documents while the user decides).
          const skipped = new Set(['digests', 'invoicePacks', 'restoreStaging']);
          const names = Array.from(db.objectStoreNames).filter((name) => !skipped.has(name));
          const tx = db.transaction(names, 'readonly');
          const dump: Record<string, unknown[]> = {};
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => {
              // The change stamp (renderer/data/change-stamp.ts) says when the database was last
              // written, not what it holds: two dumps of the same data must compare equal.
              const rows = (all.result as { key?: unknown }[]).filter((row) => !(name === 'meta' && row.key === 'change-stamp'));
              dump[name] = rows.map(plain);
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(dump);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
