// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCustomer } from '../../../renderer/customers/customer-repository';
import { invalidateCustomer } from '../../../renderer/data/invalidate';
import { completeFollowUp } from '../../../renderer/follow-ups/follow-up-repository';
import { useReminderSync } from '../../../renderer/reminders/use-reminder-sync';
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

function installBridge(reply: () => IpcResult) {
  const invoke = vi.fn<CallDeskBridge['invoke']>(async () => reply());
  window.callDesk = { invoke, on: () => () => {} };
  const syncs = () => invoke.mock.calls.filter(([channel]) => channel === 'reminders:sync').map(([, input]) => (input as { entries: ReminderEntry[] }).entries);
  return { invoke, syncs };
}

afterEach(() => {
  delete window.callDesk;
});

describe('useReminderSync', () => {
  it('sends the schedule at start and again only when it changes', async () => {
    const db = newDb();
    const customer = await createCustomer(db, customerInput({ legalName: 'Westbrook Property Management LLC' }));
    const promisedDate = addDays(todayIn(defaultSettings.officeTimeZone, new Date()), 5);
    await db.promises.add({
      id: 'p1', customerId: customer.id, callId: null, contactId: null, amountMinor: 1_200_00, currency: 'USD', promisedDate,
      method: 'bank-transfer', invoiceIds: [], instalments: [], status: 'open', createdAt: new Date().toISOString(),
    });
    const dueAt = new Date(Date.now() + 3_600_000).toISOString();
    await db.followUps.add({
      id: 'f1', customerId: customer.id, callId: null, kind: 'callback', dueAt, note: 'Call back', status: 'open',
      createdAt: new Date().toISOString(), completedAt: null,
    });
    const bridge = installBridge(() => ({ ok: true, value: { pending: 2, nextFireAt: null } }));

    const { client } = renderWithDb(<Probe />, db);
    await waitFor(() => expect(bridge.syncs()).toHaveLength(1));
    expect(bridge.syncs()[0]!.map((e) => e.id)).toEqual([`promise:p1:due:${promisedDate}`, `followup:f1:${dueAt}`]);
    expect(bridge.syncs()[0]![0]!.detail).toBe('$1,200.00 by bank transfer');
    await screen.findByText('synced');

    await completeFollowUp(db, 'f1');
    await invalidateCustomer(client, customer.id);
    await waitFor(() => expect(bridge.syncs()).toHaveLength(2));
    expect(bridge.syncs()[1]!.map((e) => e.id)).toEqual([`promise:p1:due:${promisedDate}`]);

    // A write that leaves the schedule as it was does not bother main.
    await invalidateCustomer(client, customer.id);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(bridge.syncs()).toHaveLength(2);
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
