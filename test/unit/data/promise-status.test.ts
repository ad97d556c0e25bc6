import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCustomer } from '../../../renderer/customers/customer-repository';
import type { CallDeskDb } from '../../../renderer/data/db';
import { saveInvoice } from '../../../renderer/invoices/invoice-repository';
import { recordPayment } from '../../../renderer/payments/payment-repository';
import { listPromises } from '../../../renderer/promises/promise-list';
import { notKeptFollowUpId, refreshPromiseStatuses } from '../../../renderer/promises/promise-repository';
import { saveSettings } from '../../../renderer/settings/settings-repository';
import type { PaymentPromise } from '../../../shared/promises/schema';
import { defaultSettings } from '../../../shared/settings/schema';
import { at, customerInput, freshDb, invoiceInput, dropDb } from './fixtures';

// Office time is America/Chicago (the default settings): noon there is 18:00 UTC in November.
const noonOn = (date: string) => at(`${date}T18:00:00.000Z`);

describe('promise statuses', () => {
  let db: CallDeskDb;
  let customerId: string;
  let invoiceId: string;

  beforeEach(async () => {
    db = freshDb();
    customerId = (await createCustomer(db, customerInput())).id;
    invoiceId = (await saveInvoice(db, customerId, invoiceInput({ amountMinor: 500_00, dueDate: '2026-10-31', issueDate: '2026-10-01' })))
      .id;
  });
  afterEach(() => dropDb(db));

  async function addPromise(overrides: Partial<PaymentPromise> = {}): Promise<PaymentPromise> {
    const promise: PaymentPromise = {
      id: `promise-${Math.random().toString(36).slice(2)}`,
      customerId,
      callId: 'call-1',
      contactId: null,
      amountMinor: 200_00,
      currency: 'USD',
      promisedDate: '2026-11-10',
      method: 'bank-transfer',
      invoiceIds: [invoiceId],
      instalments: [],
      status: 'open',
      createdAt: '2026-11-02T16:00:00.000Z',
      ...overrides,
    };
    await db.promises.add(promise);
    return promise;
  }

  const pay = (receivedOn: string, amountMinor: number, now = noonOn(receivedOn)) =>
    recordPayment(
      db,
      customerId,
      { receivedOn, amountMinor, currency: 'USD', method: 'bank-transfer', reference: '', allocations: [{ invoiceId, amountMinor }] },
      { now },
    );

  it('marks a promise kept in the same transaction as the covering payment', async () => {
    const promise = await addPromise();
    await pay('2026-11-09', 120_00);
    expect((await db.promises.get(promise.id))?.status).toBe('open');
    await pay('2026-11-10', 80_00);
    expect((await db.promises.get(promise.id))?.status).toBe('kept');
    expect(await db.followUps.count()).toBe(0);
  });

  it('turns an unpaid promise broken after its grace days and creates one follow-up, once', async () => {
    const promise = await addPromise();
    expect((await refreshPromiseStatuses(db, { now: noonOn('2026-11-12') })).changed).toEqual([]);

    const result = await refreshPromiseStatuses(db, { now: noonOn('2026-11-13') });
    expect(result.changed.map((p) => [p.id, p.status])).toEqual([[promise.id, 'broken']]);
    expect(result.followUps).toHaveLength(1);
    const followUp = await db.followUps.get(notKeptFollowUpId(promise.id));
    expect(followUp).toMatchObject({
      customerId,
      callId: 'call-1',
      kind: 'promise-check',
      status: 'open',
      dueAt: '2026-11-13T18:00:00.000Z',
      note: 'Promise not kept: $200.00 by bank transfer, due Nov 10, 2026; nothing received by Nov 12, 2026. Call the customer.',
    });

    expect(await refreshPromiseStatuses(db, { now: noonOn('2026-11-14') })).toEqual({ changed: [], followUps: [] });
    expect(await db.followUps.count()).toBe(1);
  });

  it('follows the grace days in the settings', async () => {
    const promise = await addPromise();
    await saveSettings(db, { ...defaultSettings, promiseGraceDays: 0 });
    await refreshPromiseStatuses(db, { now: noonOn('2026-11-11') });
    expect((await db.promises.get(promise.id))?.status).toBe('broken');
  });

  it('marks a partly paid promise partially kept, with a follow-up saying what came in', async () => {
    const promise = await addPromise();
    await pay('2026-11-10', 50_00);
    await refreshPromiseStatuses(db, { now: noonOn('2026-11-13') });
    expect((await db.promises.get(promise.id))?.status).toBe('partially-kept');
    expect((await db.followUps.get(notKeptFollowUpId(promise.id)))?.note).toContain('only $50.00 received by Nov 12, 2026');
  });

  it('rechecks a broken promise when a back-dated payment is recorded, without a second follow-up', async () => {
    const promise = await addPromise();
    await refreshPromiseStatuses(db, { now: noonOn('2026-11-13') });
    await pay('2026-11-11', 200_00, noonOn('2026-11-14'));
    expect((await db.promises.get(promise.id))?.status).toBe('kept');
    expect(await db.followUps.count()).toBe(1);
  });

  it('leaves cancelled promises and other customers alone', async () => {
    const cancelled = await addPromise({ status: 'cancelled' });
    const otherCustomer = (await createCustomer(db, customerInput({ legalName: 'Other Co' }))).id;
    const other = await addPromise({ customerId: otherCustomer, invoiceIds: [] });
    await pay('2026-11-13', 10_00);
    expect((await db.promises.get(cancelled.id))?.status).toBe('cancelled');
    expect((await db.promises.get(other.id))?.status).toBe('open'); // only the paying customer is re-checked
    await refreshPromiseStatuses(db, { now: noonOn('2026-11-13') });
    expect((await db.promises.get(other.id))?.status).toBe('broken');
  });

  it('lists promises by what is due, with customer names and instalment progress', async () => {
    const settings = defaultSettings;
    const today = '2026-11-10';
    // Paid before the others exist: a payment re-checks the paying customer's promises.
    await addPromise({
      id: 'plan',
      amountMinor: 200_00,
      promisedDate: '2026-11-05',
      instalments: [
        { dueDate: '2026-11-05', amountMinor: 100_00 },
        { dueDate: '2026-11-25', amountMinor: 100_00 },
      ],
    });
    await pay('2026-11-05', 100_00, noonOn('2026-11-05'));
    await addPromise({ id: 'due-today', promisedDate: today });
    await addPromise({ id: 'upcoming', promisedDate: '2026-11-20' });
    await addPromise({ id: 'overdue', promisedDate: '2026-11-09' });
    await addPromise({ id: 'kept', status: 'kept' });
    await addPromise({ id: 'part', status: 'partially-kept' });
    const ids = async (filter: Parameters<typeof listPromises>[1]) =>
      (await listPromises(db, filter, { today, settings })).rows.map((r) => r.promise.id);
    expect(await ids('due-today')).toEqual(['due-today']);
    expect(await ids('upcoming')).toEqual(['upcoming', 'plan']); // the plan's next unpaid instalment is on the 25th
    expect(await ids('overdue')).toEqual(['overdue']);
    expect(await ids('broken')).toEqual(['part']);
    expect(await ids('kept')).toEqual(['kept']);
    const all = await listPromises(db, 'all', { today, settings });
    expect(all.total).toBe(6);
    expect(all.rows[0]?.customerName).toBe('Acme Hardware Ltd');
    const plan = all.rows.find((r) => r.promise.id === 'plan');
    expect(plan?.progress.instalments.map((i) => i.state)).toEqual(['paid', 'due']);
  });
});
