import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { findSavedMapping, sameMapping, saveMapping } from '../../../../renderer/import/saved-mappings';
import { loadStoredForPlan } from '../../../../renderer/import/stored-for-plan';
import { createCustomer } from '../../../../renderer/customers/customer-repository';
import { saveInvoice } from '../../../../renderer/invoices/invoice-repository';
import type { CallDeskDb } from '../../../../renderer/data/db';
import { customerInput, freshDb, invoiceInput } from '../../data/fixtures';

let db: CallDeskDb | null = null;
afterEach(async () => {
  if (db) {
    db.close();
    await Dexie.delete(db.name);
  }
  db = null;
});

describe('saved column choices', () => {
  const signature = 'customer|invoice no|due|balance';

  it('are offered again for a file with the same headers, and only for it', async () => {
    db = freshDb();
    expect(await findSavedMapping(db, signature, 4)).toBeNull();
    await saveMapping(db, signature, { customer: 0, invoiceNumber: 1, dueDate: 2, openBalance: 3 }, new Date('2026-11-23T15:00:00Z'));
    expect(await findSavedMapping(db, signature, 4)).toEqual({
      mapping: { customer: 0, invoiceNumber: 1, dueDate: 2, openBalance: 3 },
      savedAt: '2026-11-23T15:00:00.000Z',
    });
    expect(await findSavedMapping(db, 'customer|invoice no|due', 3)).toBeNull();
  });

  it('are not offered when they point past the file’s columns, or were stored in another shape', async () => {
    db = freshDb();
    await saveMapping(db, signature, { customer: 0, openBalance: 7 }, new Date());
    expect(await findSavedMapping(db, signature, 4)).toBeNull();
    await db.meta.put({ key: `import-columns:${signature}`, value: { columns: [0, 1] } });
    expect(await findSavedMapping(db, signature, 4)).toBeNull();
  });

  it('compare field by field', () => {
    expect(sameMapping({ customer: 0, amount: 2 }, { amount: 2, customer: 0 })).toBe(true);
    expect(sameMapping({ customer: 0 }, { customer: 0, amount: 2 })).toBe(false);
  });
});

describe('the stored rows an import is planned against', () => {
  it('are read from the named database and it is closed afterwards', async () => {
    db = freshDb();
    const customer = await createCustomer(db, customerInput({ legalName: 'Acme Plumbing Supply' }));
    await saveInvoice(db, customer.id, invoiceInput({ number: '1041' }));
    const stored = await loadStoredForPlan(db.name);
    expect(stored.customers.map((c) => c.legalName)).toEqual(['Acme Plumbing Supply']);
    expect(stored.invoices.map((i) => i.number)).toEqual(['1041']);
    expect(stored.contacts).toEqual(expect.any(Array));
  });
});
