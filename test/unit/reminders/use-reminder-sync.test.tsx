// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCustomer } from '../../../renderer/customers/customer-repository';
import { invalidateCustomer } from '../../../renderer/data/invalidate';
import { completeFollowUp } from '../../../renderer/follow-ups/follow-up-repository';
import { sendSchedule, useReminderSync } from '../../../renderer/reminders/use-reminder-sync';
import type { AcknowledgedSchedule } from '../../../renderer/reminders/reminder-schedule-diff';
import { addDays, todayIn } from '../../../shared/dates/calendar';
import type { CallDeskBridge, IpcResult } from '../../../shared/ipc/contract';
import type { ReminderEntry } from '../../../shared/reminders/schema';
import { defaultSettings } from '../../../shared/settings/schema';
import { customerInput } from '../data/fixtures';
import { newDb, renderWithDb } from '../forms/render-with-db';

function Probe() {
  const status = useReminderSync();
  return <p>{status.state === 'failed' ? `failed: ${status.message}` : status.state}</p>;
}

type SyncInput =
  { mode: 'replace'; entries: ReminderEntry[] } | { mode: 'patch'; baseRevision: number; upsert: ReminderEntry[]; remove: string[] };

function installBridge(reply: (input: SyncInput) => IpcResult) {
  const invoke = vi.fn<CallDeskBridge['invoke']>(async (_channel, input) => reply(input as SyncInput));
  window.callDesk = { invoke, on: () => () => {} };
  const inputs = () => invoke.mock.calls.filter(([channel]) => channel === 'reminders:sync').map(([, input]) => input as SyncInput);
  return { invoke, inputs };
}

/** Main's side, as far as revisions go: counts up on every sync, refuses a stale patch. */
function fakeMain() {
  let revision = 0;
  let refuseNext = false;
  const bridge = installBridge((input) => {
    if (input.mode === 'patch' && (refuseNext || input.baseRevision !== revision)) {
      refuseNext = false;
      return { ok: true, value: { needsFullSync: true, revision } };
    }
    revision++;
    return { ok: true, value: { pending: 1, nextFireAt: null, revision } };
  });
  return { ...bridge, refuseNextPatch: () => void (refuseNext = true), restart: () => void (revision = 0) };
}

const entry = (id: string, date: string, detail = '$1,200.00 by bank transfer'): ReminderEntry => ({
  id,
  kind: 'promise-due',
  customerId: 'c1',
  customerName: 'Harbor Point Dental Group',
  fireAt: { kind: 'local', date, time: '09:00', timeZone: 'America/Chicago' },
  detail,
  amountMinor: 120_000,
  currency: 'USD',
  method: 'bank-transfer',
});

afterEach(() => {
  delete window.callDesk;
});

describe('useReminderSync', () => {
  it('sends the schedule at start and again only when it changes', async () => {
    const db = newDb();
    const customer = await createCustomer(db, customerInput({ legalName: 'Westbrook Property Management LLC' }));
    const promisedDate = addDays(todayIn(defaultSettings.officeTimeZone, new Date()), 5);
    await db.promises.add({
      id: 'p1',
      customerId: customer.id,
      callId: null,
      contactId: null,
      amountMinor: 1_200_00,
      currency: 'USD',
      promisedDate,
      method: 'bank-transfer',
      invoiceIds: [],
      instalments: [],
      status: 'open',
      createdAt: new Date().toISOString(),
    });
    const dueAt = new Date(Date.now() + 3_600_000).toISOString();
    await db.followUps.add({
      id: 'f1',
      customerId: customer.id,
      callId: null,
      kind: 'callback',
      dueAt,
      note: 'Call back',
      status: 'open',
      createdAt: new Date().toISOString(),
      completedAt: null,
    });
    const bridge = fakeMain();

    const { client } = renderWithDb(<Probe />, db);
    await waitFor(() => expect(bridge.inputs()).toHaveLength(1));
    const first = bridge.inputs()[0]!;
    if (first.mode !== 'replace') throw new Error('the first sync must send the whole schedule');
    expect(first.entries.map((e) => e.id)).toEqual([`promise:p1:due:${promisedDate}`, `followup:f1:${dueAt}`]);
    expect(first.entries[0]!.detail).toBe('$1,200.00 by bank transfer');
    await screen.findByText('synced');

    // Then only what changed, against the revision main acknowledged.
    await completeFollowUp(db, 'f1');
    await invalidateCustomer(client, customer.id);
    await waitFor(() => expect(bridge.inputs()).toHaveLength(2));
    expect(bridge.inputs()[1]).toEqual({ mode: 'patch', baseRevision: 1, upsert: [], remove: [`followup:f1:${dueAt}`] });

    // A write that leaves the schedule as it was does not bother main.
    await invalidateCustomer(client, customer.id);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(bridge.inputs()).toHaveLength(2);
  });

  it('reports a refusal without throwing', async () => {
    const db = newDb();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    installBridge(() => ({ ok: false, error: { code: 'invalid-input', message: 'Every reminder needs its own id.' } }));
    renderWithDb(<Probe />, db);
    await screen.findByText('failed: Every reminder needs its own id.');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('sendSchedule', () => {
  it('sends a replace first, then patches, then nothing when nothing changed', async () => {
    const bridge = fakeMain();
    const ack: { current: AcknowledgedSchedule | null } = { current: null };
    expect(await sendSchedule([entry('a', '2026-03-03'), entry('b', '2026-03-04')], ack)).toMatchObject({ revision: 1 });
    await sendSchedule([entry('a', '2026-03-05'), entry('c', '2026-03-06')], ack);
    expect(await sendSchedule([entry('a', '2026-03-05'), entry('c', '2026-03-06')], ack)).toBeNull();
    expect(bridge.inputs()).toEqual([
      { mode: 'replace', entries: [entry('a', '2026-03-03'), entry('b', '2026-03-04')] },
      { mode: 'patch', baseRevision: 1, upsert: [entry('a', '2026-03-05'), entry('c', '2026-03-06')], remove: ['b'] },
    ]);
    expect(ack.current?.revision).toBe(2);
  });

  it('sends the whole schedule when main refuses the patch (a restarted main)', async () => {
    const bridge = fakeMain();
    const ack: { current: AcknowledgedSchedule | null } = { current: null };
    await sendSchedule([entry('a', '2026-03-03')], ack);
    bridge.restart();
    expect(await sendSchedule([entry('a', '2026-03-04')], ack)).toMatchObject({ revision: 1 });
    expect(bridge.inputs().map((input) => input.mode)).toEqual(['replace', 'patch', 'replace']);
    expect(bridge.inputs()[2]).toEqual({ mode: 'replace', entries: [entry('a', '2026-03-04')] });
    expect(ack.current?.revision).toBe(1);
  });

  it('sends the whole schedule after a failed sync', async () => {
    const bridge = fakeMain();
    const ack: { current: AcknowledgedSchedule | null } = { current: null };
    await sendSchedule([entry('a', '2026-03-03')], ack);
    bridge.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'failed', message: 'disk full' } });
    await expect(sendSchedule([entry('a', '2026-03-04')], ack)).rejects.toThrow('disk full');
    expect(ack.current).toBeNull();
    await sendSchedule([entry('a', '2026-03-04')], ack);
    expect(bridge.inputs().map((input) => input.mode)).toEqual(['replace', 'patch', 'replace']);
  });
});
