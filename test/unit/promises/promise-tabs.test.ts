import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCustomer } from '../../../renderer/customers/customer-repository';
import type { CallDeskDb } from '../../../renderer/data/db';
import { openingPromiseFilter, promiseFilters } from '../../../renderer/promises/promise-filters';
import { listPromises, summarisePromiseTabs } from '../../../renderer/promises/promise-list';
import type { PaymentPromise } from '../../../shared/promises/schema';
import { defaultSettings } from '../../../shared/settings/schema';
import { customerInput, freshDb, dropDb } from '../data/fixtures';

const today = '2026-11-10';
const opts = { today, settings: defaultSettings };

describe('Promises tabs', () => {
  let db: CallDeskDb;
  let acme: string;
  let euro: string;
  let placed: string;
  let n = 0;

  beforeEach(async () => {
    db = freshDb();
    acme = (await createCustomer(db, customerInput())).id;
    euro = (await createCustomer(db, customerInput({ legalName: 'Euro GmbH', accountNumber: 'EU-1' }))).id;
    placed = (await createCustomer(db, customerInput({ legalName: 'Placed Co', accountNumber: 'PL-1' }))).id;
    await db.customers.update(placed, { placement: { placementId: 'pl-1', agencyName: 'Summit Recovery', placedOn: '2026-11-01' } });
  });
  afterEach(() => dropDb(db));

  async function add(customerId: string, fields: Partial<PaymentPromise>): Promise<void> {
    n += 1;
    await db.promises.add({
      id: `p-${n}`,
      customerId,
      callId: null,
      contactId: null,
      amountMinor: 100_00,
      currency: 'USD',
      promisedDate: today,
      method: 'bank-transfer',
      invoiceIds: [],
      instalments: [],
      status: 'open',
      createdAt: '2026-11-02T16:00:00.000Z',
      ...fields,
    });
  }

  it('counts what each list shows and totals each currency on its own', async () => {
    await add(acme, { amountMinor: 250_00, promisedDate: '2026-11-09' }); // overdue
    await add(euro, { amountMinor: 75_50, currency: 'EUR', promisedDate: '2026-11-08' }); // overdue, in euros
    await add(acme, { amountMinor: 40_00, promisedDate: '2026-11-20' }); // upcoming
    await add(placed, { amountMinor: 999_00, promisedDate: '2026-11-09' }); // the agency's: not listed as work
    await add(acme, { amountMinor: 60_00, status: 'kept' });
    await add(euro, { amountMinor: 10_00, currency: 'EUR', status: 'partially-kept' });

    const tabs = await summarisePromiseTabs(db, opts);
    expect(tabs['due-today']).toEqual({ count: 0, totals: [] });
    expect(tabs.overdue.count).toBe(2);
    expect(tabs.overdue.totals).toEqual(
      expect.arrayContaining([
        { currency: 'USD', amountMinor: 250_00 },
        { currency: 'EUR', amountMinor: 75_50 },
      ]),
    );
    expect(tabs.overdue.totals).toHaveLength(2);
    expect(tabs.upcoming).toEqual({ count: 1, totals: [{ currency: 'USD', amountMinor: 40_00 }] });
    expect(tabs.kept).toEqual({ count: 1, totals: [{ currency: 'USD', amountMinor: 60_00 }] });
    expect(tabs.broken).toEqual({ count: 1, totals: [{ currency: 'EUR', amountMinor: 10_00 }] });
    expect(tabs.all.count).toBe(6); // "All" is a record, placed accounts included

    // The counts are exactly the lists' lengths.
    for (const filter of promiseFilters) {
      expect((await listPromises(db, filter, opts)).total, filter).toBe(tabs[filter].count);
    }
  });

  it('opens on "Due today" when anything is due, else the next tab with something in it', async () => {
    expect(openingPromiseFilter(await summarisePromiseTabs(db, opts))).toBe('all');
    await add(acme, { status: 'kept' });
    expect(openingPromiseFilter(await summarisePromiseTabs(db, opts))).toBe('kept');
    await add(acme, { promisedDate: '2026-11-20' });
    expect(openingPromiseFilter(await summarisePromiseTabs(db, opts))).toBe('upcoming');
    await add(acme, { promisedDate: '2026-11-03' });
    expect(openingPromiseFilter(await summarisePromiseTabs(db, opts))).toBe('overdue');
    await add(acme, { promisedDate: today });
    expect(openingPromiseFilter(await summarisePromiseTabs(db, opts))).toBe('due-today');
  });
});
