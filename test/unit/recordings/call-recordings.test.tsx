// @vitest-environment jsdom
// A call's Recordings section: attach by the chooser or a drop on the call, refusals said where
// the user is looking, each recording with its length and a player whose sound is read only when
// Play is pressed, into a blob: URL let go with the player, and a length the player finds kept
// when the file did not say.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCustomer } from '../../../renderer/customers/customer-repository';
import { CallRecordings } from '../../../renderer/recordings/CallRecordings';
import { useRecordingAttach } from '../../../renderer/recordings/use-recording-attach';
import { ascii } from '../../fixtures/audio/bytes';
import { webmFile } from '../../fixtures/audio/crafted-containers';
import { wavFile } from '../../fixtures/audio/crafted-frames';
import { customerInput } from '../data/fixtures';
import { closedCallRecord } from '../data/records';
import { newDb, renderWithDb } from '../forms/render-with-db';

const office = { timeZone: 'America/Chicago', locale: 'en-US' };
const fileOf = (bytes: Uint8Array, name: string, type = '') => new File([bytes.slice()], name, { type });

function TheCall({ customerId }: { customerId: string }) {
  const attach = useRecordingAttach(customerId, 'call-1');
  return (
    <main aria-label="The call" {...attach.dropProps}>
      <CallRecordings customerId={customerId} callId="call-1" attach={attach} office={office} />
    </main>
  );
}

async function setup() {
  const db = newDb();
  const customer = await createCustomer(db, customerInput());
  await db.calls.add(closedCallRecord('call-1', customer.id, '2026-11-20T17:00:00.000Z'));
  const view = renderWithDb(<TheCall customerId={customer.id} />, db);
  await screen.findByText(/No recording of this call/);
  return { db, view };
}

const chooseFiles = (files: File[]) => fireEvent.change(screen.getByLabelText('Recordings to attach'), { target: { files } });

describe('CallRecordings', () => {
  let made: string[];
  let revoked: string[];
  beforeEach(() => {
    made = [];
    revoked = [];
    // jsdom has no blob: URLs; count what is made and let go.
    URL.createObjectURL = vi.fn(() => {
      made.push(`blob:call-desk/${made.length + 1}`);
      return made.at(-1)!;
    });
    URL.revokeObjectURL = vi.fn((url: string) => void revoked.push(url));
  });
  afterEach(() => vi.restoreAllMocks());

  it('attaches a chosen recording, reads its sound only when Play is pressed, and revokes the blob: URL when the player goes', async () => {
    const { db, view } = await setup();
    const read = vi.spyOn(db.documentFiles, 'get');
    chooseFiles([fileOf(wavFile({ dataBytes: 16_000 * 2 }), 'call.wav', 'audio/wav')]);

    expect(await screen.findByText('Attached call.wav.')).toBeTruthy();
    const item = await screen.findByRole('listitem', { name: 'call.wav' });
    expect(within(item).getByText('Length 0:02')).toBeTruthy();
    // Listed, with its length, and nothing of its sound read or held.
    expect(read).not.toHaveBeenCalled();
    expect(made).toEqual([]);
    fireEvent.click(within(item).getByRole('button', { name: 'Play call.wav' }));
    const player = await within(item).findByLabelText('Play call.wav', { selector: 'audio' });
    expect(read).toHaveBeenCalledTimes(1);
    expect(player.hasAttribute('autoplay')).toBe(true);
    expect(player.hasAttribute('controls')).toBe(true);
    expect(player.getAttribute('src')).toBe('blob:call-desk/1');
    expect(await db.documents.count()).toBe(1);

    view.unmount();
    expect(revoked).toEqual(['blob:call-desk/1']);
  });

  it('refuses a text file named .wav where the user is looking, and stores nothing', async () => {
    const { db } = await setup();
    chooseFiles([fileOf(ascii('Call back on Tuesday.\n'), 'call.wav', 'audio/wav')]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('call.wav is not a sound recording Call Desk can keep.');
    expect(await db.documents.count()).toBe(0);
  });

  it('takes a recording dropped anywhere on the call', async () => {
    const { db } = await setup();
    const file = fileOf(wavFile({ dataBytes: 16_000 }), 'dropped.wav');
    fireEvent.drop(screen.getByRole('main', { name: 'The call' }), { dataTransfer: { types: ['Files'], files: [file] } });
    expect(await screen.findByRole('listitem', { name: 'dropped.wav' })).toBeTruthy();
    expect((await db.documents.toArray()).map((d) => [d.fileName, d.callId, d.category])).toEqual([
      ['dropped.wav', 'call-1', 'call-recording'],
    ]);
  });

  it('keeps the length the player found for a recording whose file does not say it', async () => {
    const { db } = await setup();
    chooseFiles([fileOf(webmFile(), 'Recording.webm', 'audio/webm')]);
    const item = await screen.findByRole('listitem', { name: 'Recording.webm' });
    expect(within(item).getByText('Length not known yet')).toBeTruthy();
    fireEvent.click(within(item).getByRole('button', { name: 'Play Recording.webm' }));
    const player = await within(item).findByLabelText('Play Recording.webm', { selector: 'audio' });
    Object.defineProperty(player, 'duration', { value: 83.4 });
    await act(async () => {
      fireEvent.loadedMetadata(player);
    });
    await waitFor(async () => expect((await db.documents.toArray())[0]?.durationSeconds).toBe(83.4));
    expect(await within(item).findByText('Length 1:23')).toBeTruthy();
  });
});
