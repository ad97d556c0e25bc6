import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addCallCorrection,
  closeCall,
  findOpenCall,
  getCall,
  listOpenCalls,
  startCall,
  switchCallScript,
  updateCallProgress,
} from '../../../renderer/calls/call-repository';
import { defaultScript, scriptById } from '../../../shared/scripts';
import { getNoteDraft, saveNoteDraft } from '../../../renderer/notes/note-draft-repository';
import { saveContact } from '../../../renderer/contacts/contact-repository';
import { createCustomer, getCustomer } from '../../../renderer/customers/customer-repository';
import type { CallDeskDb } from '../../../renderer/data/db';
import { saveInvoice } from '../../../renderer/invoices/invoice-repository';
import type { CallOutcome } from '../../../shared/calls/outcome';
import { at, contactInput, customerInput, freshDb, invoiceInput } from './fixtures';

describe('calls', () => {
  let db: CallDeskDb;
  let customerId: string;
  let contactId: string;
  let invoiceId: string;

  beforeEach(async () => {
    db = freshDb();
    customerId = (await createCustomer(db, customerInput())).id;
    contactId = (await saveContact(db, customerId, contactInput())).id;
    invoiceId = (await saveInvoice(db, customerId, invoiceInput())).id;
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    db.close();
    await Dexie.delete(db.name);
  });

  const begin = (now = at('2024-03-04T15:00:00.000Z')) =>
    startCall(db, { customerId, contactId, phoneNumber: '(415) 555-0134', dialled: true, scriptId: 'collection-call', now });

  const fullOutcome = (): CallOutcome => ({
    result: 'promise-to-pay',
    contactDetailsConfirmed: true,
    note: 'Will pay by transfer on Friday.',
    stepsCovered: ['greet', 'ask'],
    branchesTaken: ['no-cash'],
    promise: {
      amountMinor: 100_00,
      currency: 'USD',
      promisedDate: '2024-03-08',
      method: 'bank-transfer',
      invoiceIds: [invoiceId],
      instalments: [],
    },
    dispute: { invoiceId, reason: 'pricing', details: 'Says the unit price was 5% lower.' },
    followUp: { kind: 'callback', dueAt: '2024-03-08T16:00:00.000Z', note: 'Check the transfer' },
  });

  const counts = async () => ({
    promises: await db.promises.count(),
    disputes: await db.disputes.count(),
    followUps: await db.followUps.count(),
  });

  it('starts an open call that can be found again after a crash, one per customer', async () => {
    const call = await begin();
    expect(call).toMatchObject({ status: 'open', endedAt: null, result: null, contactId, dialled: true });
    expect(await findOpenCall(db, customerId)).toEqual(call);
    expect((await listOpenCalls(db)).map((c) => c.id)).toEqual([call.id]);
    await expect(begin()).rejects.toThrow(/already open/);
  });

  it('keeps progress and the note draft while the call is open', async () => {
    const call = await begin();
    await updateCallProgress(db, call.id, { stepsCovered: ['greet'], branchesTaken: [] });
    await saveNoteDraft(db, { callId: call.id, customerId, text: 'Spoke to Jane', now: at('2024-03-04T15:01:00.000Z') });
    expect(await getCall(db, call.id)).toMatchObject({ stepsCovered: ['greet'] });
    expect(await getNoteDraft(db, call.id)).toEqual({
      callId: call.id,
      customerId,
      text: 'Spoke to Jane',
      updatedAt: '2024-03-04T15:01:00.000Z',
    });
  });

  it('closes a call writing the outcome records, the frozen call and the last call time together', async () => {
    const call = await begin();
    await saveNoteDraft(db, { callId: call.id, customerId, text: 'draft' });
    const closed = await closeCall(db, call.id, fullOutcome(), at('2024-03-04T15:04:30.000Z'));

    expect(closed).toMatchObject({
      status: 'closed',
      endedAt: '2024-03-04T15:04:30.000Z',
      durationSeconds: 270,
      result: 'promise-to-pay',
      note: 'Will pay by transfer on Friday.',
      contactDetailsConfirmed: true,
      stepsCovered: ['greet', 'ask'],
      branchesTaken: ['no-cash'],
    });
    expect(await getCall(db, call.id)).toEqual(closed);
    expect(await db.promises.get(closed.promiseId!)).toMatchObject({
      callId: call.id,
      customerId,
      contactId,
      amountMinor: 100_00,
      status: 'open',
      invoiceIds: [invoiceId],
    });
    expect(await db.disputes.get(closed.disputeId!)).toMatchObject({
      callId: call.id,
      invoiceId,
      reason: 'pricing',
      status: 'open',
      resolvedAt: null,
    });
    expect(await db.followUps.get(closed.followUpId!)).toMatchObject({
      callId: call.id,
      kind: 'callback',
      dueAt: '2024-03-08T16:00:00.000Z',
      status: 'open',
    });
    expect(await getNoteDraft(db, call.id)).toBeUndefined();
    expect(await getCustomer(db, customerId)).toMatchObject({ lastCallAt: call.startedAt });
    expect(await findOpenCall(db, customerId)).toBeUndefined();
  });

  const noAnswer = (dueAt: string, note = ''): CallOutcome => ({
    result: 'no-answer',
    contactDetailsConfirmed: false,
    note: 'Rang out.',
    stepsCovered: [],
    branchesTaken: [],
    promise: null,
    dispute: null,
    followUp: { kind: 'callback', dueAt, note },
  });

  it('a second "no answer" moves the open callback instead of adding another', async () => {
    const first = await closeCall(
      db,
      (await begin()).id,
      noAnswer('2024-03-05T16:00:00.000Z', 'Try the mobile'),
      at('2024-03-04T15:01:00.000Z'),
    );
    const second = await closeCall(
      db,
      (await begin(at('2024-03-05T16:00:00.000Z'))).id,
      noAnswer('2024-03-06T16:00:00.000Z'),
      at('2024-03-05T16:01:00.000Z'),
    );

    const followUps = await db.followUps.toArray();
    expect(followUps).toHaveLength(1);
    expect(second.followUpId).toBe(first.followUpId);
    // Moved, with the note kept when the new call gave none; still the first call's callback.
    expect(followUps[0]).toMatchObject({
      id: first.followUpId,
      callId: first.id,
      status: 'open',
      dueAt: '2024-03-06T16:00:00.000Z',
      note: 'Try the mobile',
    });

    // A task, a done callback or another customer's callback is never the one moved.
    await db.followUps.update(first.followUpId!, { status: 'done', completedAt: '2024-03-06T17:00:00.000Z' });
    const third = await closeCall(
      db,
      (await begin(at('2024-03-07T16:00:00.000Z'))).id,
      noAnswer('2024-03-08T16:00:00.000Z', 'Ask for Jane'),
      at('2024-03-07T16:01:00.000Z'),
    );
    expect(third.followUpId).not.toBe(first.followUpId);
    expect(await db.followUps.get(first.followUpId!)).toMatchObject({ status: 'done', dueAt: '2024-03-06T16:00:00.000Z' });
    expect(await db.followUps.count()).toBe(2);
  });

  it('a call that reached someone adds its own callback beside the open one', async () => {
    await closeCall(db, (await begin()).id, noAnswer('2024-03-05T16:00:00.000Z'), at('2024-03-04T15:01:00.000Z'));
    const reached = { ...noAnswer('2024-03-06T16:00:00.000Z'), result: 'callback-requested' as const };
    await closeCall(db, (await begin(at('2024-03-05T16:00:00.000Z'))).id, reached, at('2024-03-05T16:01:00.000Z'));
    expect((await db.followUps.orderBy('dueAt').toArray()).map((f) => f.dueAt)).toEqual([
      '2024-03-05T16:00:00.000Z',
      '2024-03-06T16:00:00.000Z',
    ]);
  });

  it('writes nothing when a late part of the close fails', async () => {
    const call = await begin();
    await saveNoteDraft(db, { callId: call.id, customerId, text: 'keep me' });
    // The customer summary is the last write of the transaction.
    const put = vi.spyOn(db.customers, 'put').mockImplementation(() => Promise.reject(new Error('disk full')) as never);

    await expect(closeCall(db, call.id, fullOutcome())).rejects.toThrow('disk full');
    expect(put).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();

    expect(await counts()).toEqual({ promises: 0, disputes: 0, followUps: 0 });
    expect(await getCall(db, call.id)).toMatchObject({ status: 'open', promiseId: null, endedAt: null });
    expect(await getNoteDraft(db, call.id)).toMatchObject({ text: 'keep me' });
    expect(await getCustomer(db, customerId)).toMatchObject({ lastCallAt: null });
  });

  it('writes nothing when a part of the outcome is invalid', async () => {
    const call = await begin();
    const bad = { ...fullOutcome(), followUp: { kind: 'callback' as const, dueAt: 'next friday', note: '' } };
    await expect(closeCall(db, call.id, bad)).rejects.toMatchObject({ name: 'ZodError' });
    const foreignInvoice = { ...fullOutcome(), dispute: { invoiceId: 'nope', reason: 'other' as const, details: 'x' } };
    await expect(closeCall(db, call.id, foreignInvoice)).rejects.toThrow(/invoice/);
    const noPromise = { ...fullOutcome(), promise: null };
    await expect(closeCall(db, call.id, noPromise)).rejects.toMatchObject({ name: 'ZodError' });
    expect(await counts()).toEqual({ promises: 0, disputes: 0, followUps: 0 });
    expect(await getCall(db, call.id)).toMatchObject({ status: 'open' });
  });

  it('refuses to close a call twice and to change a closed call', async () => {
    const call = await begin();
    await closeCall(db, call.id, { ...fullOutcome(), result: 'no-answer', promise: null, dispute: null, followUp: null });
    await expect(closeCall(db, call.id, fullOutcome())).rejects.toThrow('This call is already closed.');
    await expect(updateCallProgress(db, call.id, { stepsCovered: ['x'], branchesTaken: [] })).rejects.toThrow(
      'This call is already closed.',
    );
    await expect(saveNoteDraft(db, { callId: call.id, customerId, text: 'late keystroke' })).rejects.toThrow(
      'This call is already closed.',
    );
    expect(await counts()).toEqual({ promises: 0, disputes: 0, followUps: 0 });
    expect(await getNoteDraft(db, call.id)).toBeUndefined();
  });

  it('records a correction to a closed call as a new note and leaves the call untouched', async () => {
    const call = await begin();
    await expect(addCallCorrection(db, call.id, 'too early')).rejects.toThrow(/Only a closed call/);
    const closed = await closeCall(db, call.id, { ...fullOutcome(), result: 'left-message', promise: null, dispute: null, followUp: null });
    const note = await addCallCorrection(db, call.id, 'The message was left with reception, not Jane.', at('2024-03-05T09:00:00.000Z'));
    expect(note).toMatchObject({ kind: 'call-correction', correctsCallId: call.id, customerId, createdAt: '2024-03-05T09:00:00.000Z' });
    expect(await db.notes.where('correctsCallId').equals(call.id).count()).toBe(1);
    expect(await getCall(db, call.id)).toEqual(closed);
    await expect(addCallCorrection(db, call.id, '   ')).rejects.toMatchObject({ name: 'ZodError' });
  });

  it('records the script and its version, and the one switched to during the call, never after it closed', async () => {
    const call = await startCall(db, { customerId, contactId: null, phoneNumber: null, dialled: false, scriptId: defaultScript.id });
    expect(call).toMatchObject({ scriptId: defaultScript.id, scriptVersion: defaultScript.version });
    const firm = scriptById('second-call')!;
    const switched = await switchCallScript(db, call.id, firm.id);
    expect(await getCall(db, call.id)).toEqual(switched);
    expect(switched).toMatchObject({ scriptId: 'second-call', scriptVersion: firm.version, status: 'open' });
    await closeCall(db, call.id, fullOutcome());
    await expect(switchCallScript(db, call.id, defaultScript.id)).rejects.toThrow();
    expect(await getCall(db, call.id)).toMatchObject({ scriptId: 'second-call' });
  });
});
