// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startCall } from '../../../renderer/calls/call-repository';
import { createCustomer } from '../../../renderer/customers/customer-repository';
import type { CallDeskDb } from '../../../renderer/data/db';
import { NoteEditor } from '../../../renderer/notes/NoteEditor';
import { getNoteDraft, saveNoteDraft } from '../../../renderer/notes/note-draft-repository';
import { useCrashSafeDraft } from '../../../renderer/notes/use-crash-safe-draft';
import { customerInput } from '../data/fixtures';
import { newDb, renderWithDb } from '../forms/render-with-db';

const office = { timeZone: 'America/New_York', locale: 'en-US' };

function DraftedNote({ callId, customerId }: { callId: string; customerId: string }) {
  const draft = useCrashSafeDraft(callId, customerId, true, { retryDelaysMs: [20, 40] });
  return (
    <NoteEditor
      text={draft.text}
      status={draft.status}
      problem={draft.problem}
      onRetryLoad={draft.retryLoad}
      office={office}
      onChange={draft.setText}
      onBlur={() => void draft.flush()}
    />
  );
}

const noteBox = () => screen.getByRole('textbox', { name: 'Call note' }) as HTMLTextAreaElement;
const noteStatus = () => screen.getByTestId('note-status').textContent ?? '';
const diskFull = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('the call note draft when storage fails', () => {
  let db: CallDeskDb;
  let customerId: string;
  let callId: string;

  beforeEach(async () => {
    db = newDb();
    customerId = (await createCustomer(db, customerInput())).id;
    callId = (
      await startCall(db, { customerId, contactId: null, phoneNumber: '(415) 555-0134', dialled: true, scriptId: 'collection-call' })
    ).id;
    await saveNoteDraft(db, { callId, customerId, text: 'Spoke to Jane; she will check with the owner.' });
  });
  afterEach(() => vi.restoreAllMocks());

  it('a draft that could not be read is not replaced by typing, and "Try again" reads it', async () => {
    vi.spyOn(db.noteDrafts, 'get').mockRejectedValueOnce(new Error('read failed'));
    renderWithDb(<DraftedNote callId={callId} customerId={customerId} />, db);

    await waitFor(() => expect(noteStatus()).toContain('could not be read'));
    expect(noteBox().readOnly).toBe(true);
    fireEvent.change(noteBox(), { target: { value: 'x' } });
    fireEvent.blur(noteBox());
    expect((await getNoteDraft(db, callId))?.text).toBe('Spoke to Jane; she will check with the owner.');

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(noteBox().value).toBe('Spoke to Jane; she will check with the owner.'));
    expect(noteBox().readOnly).toBe(false);
  });

  it('a save that failed because the disk is full says so plainly and is retried without another key', async () => {
    renderWithDb(<DraftedNote callId={callId} customerId={customerId} />, db);
    await waitFor(() => expect(noteBox().value).toContain('Spoke to Jane'));
    const put = vi.spyOn(db.noteDrafts, 'put').mockRejectedValueOnce(diskFull()).mockRejectedValueOnce(diskFull());

    fireEvent.change(noteBox(), { target: { value: 'Spoke to Jane. Paying Friday.' } });
    await act(async () => fireEvent.blur(noteBox()));
    await waitFor(() =>
      expect(noteStatus()).toBe('The disk is full: your note is kept in this window. Free some space and it will be saved.'),
    );
    expect(noteStatus()).not.toMatch(/quota|exception/i);

    // No further typing: the retry timer saves it once the disk has room again.
    await waitFor(() => expect(noteStatus()).toBe('All typing saved'), { timeout: 5_000 });
    expect(put).toHaveBeenCalledTimes(3);
    expect((await getNoteDraft(db, callId))?.text).toBe('Spoke to Jane. Paying Friday.');
  });

  it('keeps the newest text when typing goes on while a save is failing', async () => {
    renderWithDb(<DraftedNote callId={callId} customerId={customerId} />, db);
    await waitFor(() => expect(noteBox().value).toContain('Spoke to Jane'));
    vi.spyOn(db.noteDrafts, 'put').mockRejectedValueOnce(diskFull());

    fireEvent.change(noteBox(), { target: { value: 'First' } });
    await act(async () => fireEvent.blur(noteBox()));
    await waitFor(() => expect(noteStatus()).toContain('The disk is full'));
    fireEvent.change(noteBox(), { target: { value: 'First, then second' } });

    await waitFor(() => expect(noteStatus()).toBe('All typing saved'), { timeout: 5_000 });
    expect((await getNoteDraft(db, callId))?.text).toBe('First, then second');
  });
});
