// @vitest-environment jsdom
// A call whose recording was interrupted (its pieces stored, never stopped): the Recordings
// section says so with how long it is, "Keep it" lists it with the call's recordings and leaves
// no pieces, "Discard" asks first and then removes them, and a take this window is still
// recording is not offered.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createCustomer } from '../../../renderer/customers/customer-repository';
import { CallRecordings } from '../../../renderer/recordings/CallRecordings';
import { liveTakes } from '../../../renderer/recordings/live-takes';
import { storeTakeChunk } from '../../../renderer/recordings/take-store';
import { useRecordingAttach } from '../../../renderer/recordings/use-recording-attach';
import { recordedWebm } from '../../fixtures/audio/crafted-containers';
import { customerInput } from '../data/fixtures';
import { closedCallRecord } from '../data/records';
import { newDb, renderWithDb } from '../forms/render-with-db';

const office = { timeZone: 'America/Chicago', locale: 'en-US' };

function TheCall({ customerId }: { customerId: string }) {
  const attach = useRecordingAttach(customerId, 'call-1');
  return <CallRecordings customerId={customerId} callId="call-1" attach={attach} office={office} />;
}

async function setup(takeIds: string[]) {
  const db = newDb();
  const customer = await createCustomer(db, customerInput());
  await db.calls.add(closedCallRecord('call-1', customer.id, '2026-11-20T17:00:00.000Z'));
  const take = recordedWebm(50); // 3 seconds
  for (const takeId of takeIds) {
    for (const [seq, at] of [0, 400].entries()) {
      const bytes = take.slice(at, seq === 0 ? 400 : take.length);
      const chunk = { takeId, callId: 'call-1', customerId: customer.id, seq, bytes, mime: 'audio/webm;codecs=opus' };
      await storeTakeChunk(db, { ...chunk, startedAt: '2026-11-20T17:05:00.000Z' });
    }
  }
  renderWithDb(<TheCall customerId={customer.id} />, db);
  await screen.findByText(/No recording of this call/);
  return db;
}

describe('an interrupted recording', () => {
  it('is offered with its length, and Keep it lists it with the call and removes its pieces', async () => {
    const db = await setup(['take-1']);
    const notice = await screen.findByRole('group', { name: 'Interrupted recording' });
    expect(notice.textContent).toContain('A recording of this call was interrupted (0:03 kept).');
    fireEvent.click(within(notice).getByRole('button', { name: 'Keep it' }));
    const item = await screen.findByRole('listitem', { name: 'Recording 2026-11-20 11.05.webm' });
    expect(item.textContent).toContain('Length 0:03');
    expect(screen.queryByRole('group', { name: 'Interrupted recording' })).toBeNull();
    expect(await db.recordingTakes.count()).toBe(0);
  });

  it('Discard asks first, then removes the pieces and keeps nothing', async () => {
    const db = await setup(['take-1']);
    const notice = await screen.findByRole('group', { name: 'Interrupted recording' });
    fireEvent.click(within(notice).getByRole('button', { name: 'Discard' }));
    expect(await db.recordingTakes.count()).toBe(2);
    fireEvent.click(within(notice).getByRole('button', { name: 'Yes, discard it' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Interrupted recording' })).toBeNull());
    expect(await db.recordingTakes.count()).toBe(0);
    expect(await db.documents.count()).toBe(0);
  });

  it('is not offered while this window still records it, and is once the window lets it go', async () => {
    liveTakes.add('recording-now');
    await setup(['interrupted', 'recording-now']);
    await screen.findByRole('group', { name: 'Interrupted recording' });
    expect(screen.getAllByRole('group', { name: 'Interrupted recording' })).toHaveLength(1);
    liveTakes.delete('recording-now');
    await waitFor(() => expect(screen.getAllByRole('group', { name: 'Interrupted recording' })).toHaveLength(2));
  });
});
