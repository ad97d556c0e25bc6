import { describe, expect, it } from 'vitest';
import { createCustomer } from '../../../renderer/customers/customer-repository';
import type { CallDeskDb } from '../../../renderer/data/db';
import {
  exportFilters,
  listExportCandidates,
  openingExportFilter,
  summariseExportFilters,
} from '../../../renderer/export/export-candidates';
import { saveInvoice } from '../../../renderer/invoices/invoice-repository';
import { customerInput, invoiceInput, useFreshDb } from '../data/fixtures';

const today = '2026-11-10';

describe('Export filter tabs', () => {
  let db: CallDeskDb;
  useFreshDb((opened) => (db = opened));

  it('opens on the first list with an account and totals each currency apart', async () => {
    expect(openingExportFilter(await summariseExportFilters(db, today))).toBe('owing');

    const acme = (await createCustomer(db, customerInput())).id;
    await saveInvoice(db, acme, invoiceInput({ number: 'A-1', amountMinor: 300_00, dueDate: '2026-11-01', issueDate: '2026-10-01' }));
    let tabs = await summariseExportFilters(db, today);
    expect(tabs.owing).toEqual({ count: 1, totals: [{ currency: 'USD', amountMinor: 300_00 }] });
    expect(tabs['over-90']).toEqual({ count: 0, totals: [] });
    expect(openingExportFilter(tabs)).toBe('owing');

    const old = (await createCustomer(db, customerInput({ legalName: 'Old Debts GmbH', accountNumber: 'OD-1' }))).id;
    await saveInvoice(
      db,
      old,
      invoiceInput({ number: 'E-1', amountMinor: 80_00, currency: 'EUR', dueDate: '2026-06-01', issueDate: '2026-05-01' }),
    );
    await saveInvoice(db, old, invoiceInput({ number: 'U-1', amountMinor: 20_00, dueDate: '2026-06-01', issueDate: '2026-05-01' }));
    tabs = await summariseExportFilters(db, today);
    expect(tabs['over-90'].count).toBe(1);
    expect(tabs['over-90'].totals).toEqual(
      expect.arrayContaining([
        { currency: 'EUR', amountMinor: 80_00 },
        { currency: 'USD', amountMinor: 20_00 },
      ]),
    );
    expect(tabs.owing.totals).toEqual(
      expect.arrayContaining([
        { currency: 'EUR', amountMinor: 80_00 },
        { currency: 'USD', amountMinor: 320_00 },
      ]),
    );
    expect(openingExportFilter(tabs)).toBe('over-90');

    // Each account's balance stays one total per currency; the largest single-currency balance orders them.
    const owing = await listExportCandidates(db, 'owing', today);
    expect(owing.map((c) => [c.legalName, c.openBalances])).toEqual([
      [customerInput().legalName, [{ currency: 'USD', amountMinor: 300_00 }]],
      [
        'Old Debts GmbH',
        [
          { currency: 'EUR', amountMinor: 80_00 },
          { currency: 'USD', amountMinor: 20_00 },
        ],
      ],
    ]);

    for (const filter of exportFilters) {
      expect((await listExportCandidates(db, filter, today)).length, filter).toBe(tabs[filter].count);
    }
  });
});
