// Placing an account with an agency and recalling it: one transaction each, recorded on the
// timeline, and while placed the account is out of calling, reminders and the work lists.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCall } from '../../../renderer/calls/call-repository';
import { createCustomer, getCustomer, getCustomerFile } from '../../../renderer/customers/customer-repository';
import type { CallDeskDb } from '../../../renderer/data/db';
import { listOpenFollowUps } from '../../../renderer/follow-ups/follow-up-repository';
import { listAgencyNames, placeWithAgency, recallFromAgency } from '../../../renderer/placements/placement-repository';
import { listPromises } from '../../../renderer/promises/promise-list';
import { loadReminderSchedule } from '../../../renderer/reminders/reminder-schedule-source';
import { saveSettings } from '../../../renderer/settings/settings-repository';
import type { FollowUp } from '../../../shared/follow-ups/schema';
import type { PaymentPromise } from '../../../shared/promises/schema';
import { defaultSettings } from '../../../shared/settings/schema';
import { buildTimeline } from '../../../shared/timeline/timeline';
import { at, customerInput, freshDb, dropDb } from '../data/fixtures';

// Office time zone America/Chicago: 2026-11-23T16:00Z is 10:00 on Monday 23 November there.
const now = at('2026-11-23T16:00:00.000Z');
const today = '2026-11-23';
const scheduleSettings = { ...defaultSettings, officeTimeZone: 'America/Chicago' };

describe('placing an account with an agency', () => {
  let db: CallDeskDb;
  let acme: string;
  let zeta: string;

  beforeEach(async () => {
    db = freshDb();
    await saveSettings(db, scheduleSettings);
    acme = (await createCustomer(db, customerInput())).id;
    zeta = (await createCustomer(db, customerInput({ legalName: 'Zeta Works', accountNumber: 'ZW-1' }))).id;
    for (const customerId of [acme, zeta]) {
      const followUp: FollowUp = {
        id: `callback-${customerId}`,
        customerId,
        callId: null,
        kind: 'callback',
        dueAt: '2026-11-24T15:00:00.000Z',
        note: '',
        status: 'open',
        createdAt: '2026-11-20T10:00:00.000Z',
        completedAt: null,
      };
      const promise: PaymentPromise = {
        id: `promise-${customerId}`,
        customerId,
        callId: null,
        contactId: null,
        amountMinor: 500_00,
        currency: 'USD',
        promisedDate: today,
        method: 'bank-transfer',
        invoiceIds: [],
        instalments: [],
        status: 'open',
        createdAt: '2026-11-20T10:00:00.000Z',
      };
      await db.followUps.add(followUp);
      await db.promises.add(promise);
    }
  });
  afterEach(() => dropDb(db));

  const place = (customerId = acme, overrides: Record<string, string> = {}) =>
    placeWithAgency(
      db,
      customerId,
      {
        agencyName: 'Pacific Recovery Partners',
        placedOn: '2026-11-20',
        agencyReference: 'PRP-5521',
        note: 'Full file sent.',
        ...overrides,
      },
      { now },
    );

  const remindedCustomers = async () => new Set((await loadReminderSchedule(db, scheduleSettings, today)).map((e) => e.customerId));

  it('records the placement and marks the customer in one step', async () => {
    const placement = await place();
    expect(placement).toMatchObject({
      customerId: acme,
      agencyName: 'Pacific Recovery Partners',
      placedOn: '2026-11-20',
      agencyReference: 'PRP-5521',
      note: 'Full file sent.',
      recordedAt: now.toISOString(),
      recalledAt: null,
    });
    expect((await getCustomer(db, acme))?.placement).toEqual({
      placementId: placement.id,
      agencyName: 'Pacific Recovery Partners',
      placedOn: '2026-11-20',
    });
    expect(await db.placements.count()).toBe(1);
  });

  it('puts "placed" and later "recalled" on the timeline, newest first', async () => {
    const placement = await place();
    await recallFromAgency(db, acme, { reason: 'Customer paid the agency in full.' }, { now: at('2026-12-01T16:00:00.000Z') });
    const file = await getCustomerFile(db, acme);
    const entries = buildTimeline(file!).filter((e) => e.kind === 'placement');
    expect(entries.map((e) => (e.kind === 'placement' ? [e.event, e.at, e.placement.id] : []))).toEqual([
      ['recalled', '2026-12-01T16:00:00.000Z', placement.id],
      ['placed', now.toISOString(), placement.id],
    ]);
    expect(file?.placements[0]?.recallReason).toBe('Customer paid the agency in full.');
    expect(file?.customer.placement).toBeNull();
  });

  it('refuses a second placement, a date in the future and an empty agency name, writing nothing', async () => {
    await expect(place(acme, { placedOn: '2026-11-24' })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['placedOn'], message: 'The date placed cannot be in the future.' })],
    });
    await expect(place(acme, { agencyName: '  ' })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ['agencyName'] })] });
    expect(await db.placements.count()).toBe(0);
    await place();
    await expect(place(acme, { agencyName: 'Another Agency' })).rejects.toThrow(
      'Placed with Pacific Recovery Partners on Nov 20, 2026. Recall it from that agency before placing it again.',
    );
    expect(await db.placements.count()).toBe(1);
    expect((await getCustomer(db, acme))?.placement?.agencyName).toBe('Pacific Recovery Partners');
  });

  it('refuses to place an account while a call with it is open', async () => {
    await startCall(db, { customerId: acme, contactId: null, phoneNumber: null, dialled: false, scriptId: 'collection-call', now });
    await expect(place()).rejects.toThrow('A call with this customer is still open.');
    expect(await db.placements.count()).toBe(0);
    expect((await getCustomer(db, acme))?.placement ?? null).toBeNull();
  });

  it('refuses to start a call on a placed account, saying why', async () => {
    await place();
    await expect(
      startCall(db, { customerId: acme, contactId: null, phoneNumber: null, dialled: false, scriptId: 'collection-call', now }),
    ).rejects.toThrow(
      'Placed with Pacific Recovery Partners on Nov 20, 2026. Calls are paused while Pacific Recovery Partners collects this account.',
    );
    expect(await db.calls.count()).toBe(0);
  });

  it('takes the account out of the reminder schedule while placed, and brings it back on recall', async () => {
    expect(await remindedCustomers()).toEqual(new Set([acme, zeta]));
    await place();
    expect(await remindedCustomers()).toEqual(new Set([zeta]));
    await recallFromAgency(db, acme, { reason: 'Agency returned it.' }, { now });
    expect(await remindedCustomers()).toEqual(new Set([acme, zeta]));
  });

  it('leaves the placed account out of the follow-ups and the promises due, and says how many', async () => {
    await place();
    expect((await listOpenFollowUps(db)).map((r) => r.followUp.customerId)).toEqual([zeta]);
    const due = await listPromises(db, 'due-today', { today, settings: scheduleSettings });
    expect(due.rows.map((r) => r.promise.customerId)).toEqual([zeta]);
    expect(due.placedLeftOut).toBe(1);
    // The record of every promise stays in the history.
    const all = await listPromises(db, 'all', { today, settings: scheduleSettings });
    expect(all.rows).toHaveLength(2);
    expect(all.placedLeftOut).toBe(0);
    // Nothing was changed or closed: the account's follow-up and promise are as they were.
    expect(await db.followUps.get(`callback-${acme}`)).toMatchObject({ status: 'open' });
    expect(await db.promises.get(`promise-${acme}`)).toMatchObject({ status: 'open' });
  });

  it('counts only the placed promises the chosen filter would have listed', async () => {
    const base = (await db.promises.get(`promise-${acme}`))!;
    await db.promises.bulkAdd([
      { ...base, id: 'acme-upcoming-1', promisedDate: '2026-11-30' },
      { ...base, id: 'acme-upcoming-2', promisedDate: '2026-12-04' },
    ]);
    await place();
    const count = async (filter: 'due-today' | 'upcoming' | 'overdue') =>
      (await listPromises(db, filter, { today, settings: scheduleSettings })).placedLeftOut;
    expect(await count('due-today')).toBe(1);
    expect(await count('upcoming')).toBe(2);
    expect(await count('overdue')).toBe(0);
  });

  it('recalls an account whose placement record is missing, rebuilding the record from the customer row', async () => {
    // As a bulk load or an old backup can leave it: the row says placed, no record exists.
    const customer = (await getCustomer(db, acme))!;
    await db.customers.put({
      ...customer,
      placement: { placementId: 'gone-placement', agencyName: 'Summit Collections', placedOn: '2026-10-05' },
    });
    const recalled = await recallFromAgency(db, acme, { reason: 'Agency closed the file.' }, { now });
    expect((await getCustomer(db, acme))?.placement).toBeNull();
    expect(await db.placements.toArray()).toEqual([recalled]);
    expect(recalled).toMatchObject({
      customerId: acme,
      agencyName: 'Summit Collections',
      placedOn: '2026-10-05',
      agencyReference: '',
      // Midnight of the day placed in the office's zone (America/Chicago, CDT on 5 October).
      recordedAt: '2026-10-05T05:00:00.000Z',
      recalledAt: now.toISOString(),
      recallReason: 'Agency closed the file.',
    });
    expect(recalled.note).toContain('original placement record was missing');
    const entries = buildTimeline((await getCustomerFile(db, acme))!).filter((e) => e.kind === 'placement');
    expect(entries.map((e) => (e.kind === 'placement' ? [e.event, e.at] : []))).toEqual([
      ['recalled', now.toISOString()],
      ['placed', '2026-10-05T05:00:00.000Z'],
    ]);
    // Calling is possible again.
    await startCall(db, { customerId: acme, contactId: null, phoneNumber: null, dialled: false, scriptId: 'collection-call', now });
    expect(await db.calls.count()).toBe(1);
  });

  it("does not take over another account's placement record when the row points at it", async () => {
    const zetaPlacement = await place(zeta);
    const customer = (await getCustomer(db, acme))!;
    await db.customers.put({
      ...customer,
      placement: { placementId: zetaPlacement.id, agencyName: 'Summit Collections', placedOn: '2026-10-05' },
    });
    const recalled = await recallFromAgency(db, acme, { reason: 'Returned.' }, { now });
    expect(recalled.id).not.toBe(zetaPlacement.id);
    expect(await db.placements.get(zetaPlacement.id)).toEqual(zetaPlacement);
    expect((await getCustomer(db, zeta))?.placement?.placementId).toBe(zetaPlacement.id);
  });

  it('recalls only a placed account, and needs a reason', async () => {
    await expect(recallFromAgency(db, acme, { reason: 'x' }, { now })).rejects.toThrow('This account is not placed with an agency.');
    await place();
    await expect(recallFromAgency(db, acme, { reason: ' ' }, { now })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['reason'] })],
    });
    expect((await getCustomer(db, acme))?.placement).not.toBeNull();
  });

  it('suggests the agency names used before, most recent first, once each', async () => {
    await place(acme, { agencyName: 'Pacific Recovery Partners' });
    await recallFromAgency(db, acme, { reason: 'Returned.' }, { now });
    await placeWithAgency(db, zeta, { agencyName: 'Summit Collections', placedOn: today }, { now: at('2026-11-23T17:00:00.000Z') });
    await placeWithAgency(db, acme, { agencyName: 'pacific recovery partners', placedOn: today }, { now: at('2026-11-23T15:00:00.000Z') });
    expect(await listAgencyNames(db)).toEqual(['Summit Collections', 'Pacific Recovery Partners']);
  });
});
