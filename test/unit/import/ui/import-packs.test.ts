// After an import's answer, its worker writes the invoice packs from the rows it holds (the rows
// the plan read with what the apply wrote laid over), and the next import reads its invoices
// through them: exactly the invoices the table holds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readChangeStamp } from '../../../../renderer/data/change-stamp';
import type { CallDeskDb } from '../../../../renderer/data/db';
import { readInvoicesThroughPacks } from '../../../../renderer/data/invoice-pack-store';
import { applyPlanToDatabase } from '../../../../renderer/import/apply-stored-plan';
import type { ImportSessionDeps } from '../../../../renderer/import/import-session';
import { loadStoredForPlan, readStoredStamp } from '../../../../renderer/import/stored-for-plan';
import type { Invoice } from '../../../../shared/invoices/schema';
import { dropDb, freshDb } from '../../data/fixtures';
import { applyRequest, planned, storing, week1 } from './session-fixture';

const week2 = readFileSync(path.join(__dirname, '../../../fixtures/import/quickbooks-online/ar-aging-detail-2026-11-30.csv'));

let db: CallDeskDb;
afterEach(() => dropDb(db));

const withoutKeys = (rows: readonly Invoice[]) =>
  rows.map(({ customerSearchKeys: _keys, ...row }: Invoice & { customerSearchKeys?: string[] }) => row);

async function throughPacks(): Promise<Invoice[] | null> {
  return db.transaction('r', [db.invoices, db.invoicePacks], async () => {
    const packs = await readInvoicesThroughPacks(db);
    return packs ? (await Promise.all(packs)).flat() : null;
  });
}

/** Plans and applies `bytes` in a session of its own, then asks it to settle. */
async function imported(bytes: Buffer, firstId: number) {
  const { handle } = storing({ readStamp: readStoredStamp }, firstId);
  const plan = await planned(db, handle, new Uint8Array(bytes));
  // As if the window had saved a safety copy of the data as it is now.
  const reply = await handle(applyRequest(db, plan, await readChangeStamp(db)));
  expect(reply).toMatchObject({ kind: 'applied' });
  return handle({ kind: 'settle' });
}

describe('the invoice packs after an import', () => {
  it('are written after the answer from what the worker holds, and give back the table exactly', async () => {
    db = freshDb();
    await db.open();
    expect(await imported(week1, 0)).toMatchObject({ kind: 'settled', packs: { written: true } });
    expect(await throughPacks()).toEqual(withoutKeys(await db.invoices.toArray()));

    // The second week reads through the packs, and its writes leave them stale until written again.
    const stored = await loadStoredForPlan(db.name);
    expect(stored.invoices).toEqual(withoutKeys(await db.invoices.toArray()));
    expect(await imported(week2, 1000)).toMatchObject({ kind: 'settled', packs: { written: true } });
    const invoices = withoutKeys(await db.invoices.toArray());
    expect(invoices.length).toBeGreaterThan(stored.invoices.length);
    expect(await throughPacks()).toEqual(invoices);
    const marks = (await db.invoicePacks.toCollection().primaryKeys()) as string[];
    expect(marks.filter((key) => key.startsWith('stale:'))).toEqual([]);
  });

  it('are not written when the database changed after the apply, and the reader still gives the table', async () => {
    db = freshDb();
    await db.open();
    expect(await imported(week1, 0)).toMatchObject({ packs: { written: true } });
    // A write lands after the apply's commit, before the worker writes the packs.
    const applyPlan: ImportSessionDeps['applyPlan'] = async (...args) => {
      const done = await applyPlanToDatabase(...args);
      const first = (await db.invoices.toCollection().first())!;
      await db.invoices.put({ ...first, poNumber: 'PO-NEW' });
      return done;
    };
    const { handle } = storing({ readStamp: readStoredStamp, applyPlan }, 1000);
    const plan = await planned(db, handle, new Uint8Array(week2));
    expect(await handle(applyRequest(db, plan, await readChangeStamp(db)))).toMatchObject({ kind: 'applied' });
    expect(await handle({ kind: 'settle' })).toMatchObject({ packs: { written: false } });
    expect(await throughPacks()).toEqual(withoutKeys(await db.invoices.toArray()));
    expect(withoutKeys(await db.invoices.toArray()).some((i) => i.poNumber === 'PO-NEW')).toBe(true);
  });

  it('a settle with no apply before it says so', async () => {
    db = freshDb();
    const { handle } = storing();
    expect(await handle({ kind: 'settle' })).toEqual({ kind: 'settled', packs: null });
  });
});
