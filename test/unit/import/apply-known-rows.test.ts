// The apply takes the stored rows from the plan's own read while the database still has that
// read's change stamp (nothing written since), and from the database otherwise.
import { describe, expect, it } from 'vitest';
import type { CallDeskDb } from '../../../renderer/data/db';
import { applyImport } from '../../../renderer/import/apply-import';
import { planImportFromDb } from '../../../renderer/import/plan-from-db';
import { loadStoredForPlan, type StoredRowsAt } from '../../../renderer/import/stored-for-plan';
import { book, bookCustomer, bookInvoice } from './reconcile-fixtures';
import { at, useFreshDb } from '../data/fixtures';

const acme = bookCustomer('Acme Hardware Ltd', { accountNumber: 'AC-1' });
const firstBook = book([acme], [bookInvoice(acme, '1001'), bookInvoice(acme, '1002')]);
// A week later 1001 is part paid: Acme's summary is written again.
const secondBook = book([acme], [bookInvoice(acme, '1001', { balanceMinor: 700_00 }), bookInvoice(acme, '1002')]);
const options = (now: string) => ({
  fileName: 'aging.csv',
  presetName: 'QuickBooks Online — A/R Aging Detail',
  takeFromFile: [],
  now: at(now),
});

/** The plan's read, with Acme's row marked so the test can see which rows the apply built on. */
function marked(readAt: StoredRowsAt): StoredRowsAt {
  return { ...readAt, customers: readAt.customers.map((c) => ({ ...c, notes: 'As the plan read it' })) };
}

describe('the apply reuses the rows the plan read', () => {
  let db: CallDeskDb;
  useFreshDb((opened) => (db = opened));

  async function afterFirstImport() {
    await applyImport(db, await planImportFromDb(db, firstBook, 'full'), options('2026-11-16T18:00:00.000Z'));
    const { readAt } = await loadStoredForPlan(db.name);
    const plan = await planImportFromDb(db, secondBook, 'full');
    return { readAt: readAt!, plan };
  }

  it('builds on the plan’s rows while nothing was written since they were read', async () => {
    const { readAt, plan } = await afterFirstImport();
    await applyImport(db, plan, { ...options('2026-11-23T18:00:00.000Z'), known: marked(readAt) });
    const [customer] = await db.customers.toArray();
    expect(customer).toMatchObject({ notes: 'As the plan read it', openBalanceMinor: expect.any(Number) });
    expect((await db.invoices.toArray()).find((i) => i.number === '1001')?.balanceMinor).toBe(700_00);
  });

  it('reads the database instead once something was written after the plan’s read', async () => {
    const { readAt, plan } = await afterFirstImport();
    const [stored] = await db.customers.toArray();
    await db.customers.update(stored!.id, { notes: 'Typed after the preview' });
    await applyImport(db, plan, { ...options('2026-11-23T18:00:00.000Z'), known: marked(readAt) });
    expect((await db.customers.get(stored!.id))?.notes).toBe('Typed after the preview');
    expect((await db.invoices.toArray()).find((i) => i.number === '1001')?.balanceMinor).toBe(700_00);
  });
});
