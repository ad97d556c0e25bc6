import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCustomer } from '../../../renderer/customers/customer-repository';
import type { CallDeskDb } from '../../../renderer/data/db';
import { completeFollowUp, listOpenFollowUps, reopenFollowUp, snoozeFollowUp } from '../../../renderer/follow-ups/follow-up-repository';
import type { FollowUp } from '../../../shared/follow-ups/schema';
import { at, customerInput, freshDb, dropDb } from './fixtures';

describe('follow-ups', () => {
  let db: CallDeskDb;
  let acme: string;
  let zeta: string;

  beforeEach(async () => {
    db = freshDb();
    acme = (await createCustomer(db, customerInput())).id;
    zeta = (await createCustomer(db, customerInput({ legalName: 'Zeta Works' }))).id;
  });
  afterEach(() => dropDb(db));

  const add = async (id: string, customerId: string, dueAt: string, status: FollowUp['status'] = 'open') => {
    const followUp: FollowUp = {
      id,
      customerId,
      callId: null,
      kind: 'callback',
      dueAt,
      note: '',
      status,
      createdAt: '2026-11-01T10:00:00.000Z',
      completedAt: status === 'done' ? '2026-11-02T10:00:00.000Z' : null,
    };
    await db.followUps.add(followUp);
  };

  it('lists open follow-ups soonest first, with customer names', async () => {
    await add('later', acme, '2026-11-25T15:00:00.000Z');
    await add('overdue', zeta, '2026-11-20T15:00:00.000Z');
    await add('done', acme, '2026-11-19T15:00:00.000Z', 'done');
    await add('orphan', 'gone', '2026-11-19T15:00:00.000Z');
    const rows = await listOpenFollowUps(db);
    expect(rows.map((r) => [r.followUp.id, r.customerName])).toEqual([
      ['overdue', 'Zeta Works'],
      ['later', 'Acme Hardware Ltd'],
    ]);
  });

  it('snoozes an open follow-up to a later time only', async () => {
    await add('f', acme, '2026-11-20T15:00:00.000Z');
    const now = at('2026-11-23T15:00:00.000Z');
    await expect(snoozeFollowUp(db, 'f', at('2026-11-23T14:00:00.000Z'), now)).rejects.toThrow('Choose a time in the future.');
    await expect(snoozeFollowUp(db, 'f', new Date(Number.NaN), now)).rejects.toThrow('Choose when the follow-up should come back.');
    const snoozed = await snoozeFollowUp(db, 'f', at('2026-11-24T15:00:00.000Z'), now);
    expect(snoozed).toMatchObject({ dueAt: '2026-11-24T15:00:00.000Z', status: 'open' });
    expect(await db.followUps.get('f')).toEqual(snoozed);
  });

  it('marks a follow-up done once', async () => {
    await add('f', acme, '2026-11-20T15:00:00.000Z');
    const done = await completeFollowUp(db, 'f', at('2026-11-23T15:00:00.000Z'));
    expect(done).toMatchObject({ status: 'done', completedAt: '2026-11-23T15:00:00.000Z' });
    await expect(completeFollowUp(db, 'f')).rejects.toThrow('This follow-up is already done.');
    await expect(snoozeFollowUp(db, 'f', at('2099-01-01T00:00:00.000Z'))).rejects.toThrow('already done');
    await expect(completeFollowUp(db, 'missing')).rejects.toThrow('This follow-up no longer exists.');
    expect(await listOpenFollowUps(db)).toEqual([]);
  });

  it('undoing done puts the follow-up back exactly as it was, once', async () => {
    await add('f', acme, '2026-11-20T15:00:00.000Z');
    await db.followUps.update('f', { note: 'Ask for Jane', callId: 'call-1' });
    const before = await db.followUps.get('f');
    await completeFollowUp(db, 'f', at('2026-11-23T15:00:00.000Z'));
    expect(await listOpenFollowUps(db)).toEqual([]);

    expect(await reopenFollowUp(db, 'f')).toEqual(before);
    expect(await db.followUps.get('f')).toEqual(before);
    expect((await listOpenFollowUps(db)).map((r) => r.followUp.id)).toEqual(['f']);
    await expect(reopenFollowUp(db, 'f')).rejects.toThrow('This follow-up is already open.');
    await expect(reopenFollowUp(db, 'missing')).rejects.toThrow('This follow-up no longer exists.');
  });
});
