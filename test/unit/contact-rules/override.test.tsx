// @vitest-environment jsdom
// Calling despite the contact rules: the dialog asks for a reason, the reason and the rules broken
// are written on the timeline (before a number is dialled, or with a logged call in one write),
// and cancelling changes nothing.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { startCall } from '../../../renderer/calls/call-repository';
import { useStartCallAction } from '../../../renderer/calls/use-start-call';
import { saveContact } from '../../../renderer/contacts/contact-repository';
import { ContactRuleOverrideDialog } from '../../../renderer/contact-rules/ContactRuleOverrideDialog';
import { createCustomer } from '../../../renderer/customers/customer-repository';
import type { Contact } from '../../../shared/contacts/schema';
import type { ContactRuleBreach } from '../../../shared/contact-rules/check-contact-rules';
import { overrideFor } from '../../../shared/contact-rules/override';
import { contactInput, customerInput } from '../data/fixtures';
import { newDb, renderWithDb } from '../forms/render-with-db';

const dialled = vi.hoisted(() => ({
  calls: [] as string[],
  notesAtDial: [] as number[],
  countNotes: null as null | (() => Promise<number>),
}));
vi.mock('../../../renderer/platform/external-links', () => ({
  dial: async (phone: { number: string }) => {
    dialled.calls.push(phone.number);
    if (dialled.countNotes) dialled.notesAtDial.push(await dialled.countNotes());
  },
}));

const afterConversation: ContactRuleBreach = {
  rule: 'after-conversation',
  message:
    'Someone on this account was spoken to 2 days ago. Under the US Regulation F presumption, no call is placed within 7 days after a conversation; the next call is allowed in 5 days.',
  short: 'spoken to 2 days ago',
  until: '2026-06-22T16:00:00.000Z',
};
const doNotCall: ContactRuleBreach = {
  rule: 'do-not-call',
  message: 'Do not call is set on this contact.',
  short: 'do not call',
  until: null,
};

describe('the override record', () => {
  it('needs a reason and names the rules broken', () => {
    expect(() => overrideFor([afterConversation], '   ')).toThrow('Reason for calling anyway is required.');
    expect(overrideFor([afterConversation, doNotCall], ' They asked us to call today ')).toEqual({
      reason: 'They asked us to call today',
      rules: ['after-conversation', 'do-not-call'],
    });
  });

  it('is written with a logged call in one transaction, or not at all', async () => {
    const db = newDb();
    const customer = await createCustomer(db, customerInput({ kind: 'consumer' }));
    const now = new Date('2026-06-17T16:00:00Z');
    const override = overrideFor([afterConversation], 'Customer asked for a call back');
    const call = await startCall(db, {
      customerId: customer.id,
      contactId: null,
      phoneNumber: null,
      dialled: false,
      scriptId: 'collection-call',
      now,
      override,
    });
    expect(await db.notes.toArray()).toEqual([
      expect.objectContaining({
        kind: 'contact-rule-override',
        text: 'Customer asked for a call back',
        rulesBroken: ['after-conversation'],
        createdAt: call.startedAt,
      }),
    ]);
    // A second call while this one is open is refused: its override is not kept either.
    await expect(
      startCall(db, {
        customerId: customer.id,
        contactId: null,
        phoneNumber: null,
        dialled: false,
        scriptId: 'collection-call',
        now,
        override: overrideFor([doNotCall], 'Again'),
      }),
    ).rejects.toThrow('already open');
    expect(await db.notes.count()).toBe(1);
    expect(await db.calls.count()).toBe(1);
  });
});

describe('the dialog', () => {
  it('lists each breach, starts in the reason field, refuses a blank reason and submits with one', async () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    render(
      <ContactRuleOverrideDialog
        breaches={[afterConversation, doNotCall]}
        contactName="Jane Doe"
        onConfirm={onConfirm}
        onCancel={onCancel}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'This call breaks the calling rules' });
    expect(dialog.textContent).toContain(afterConversation.message);
    expect(dialog.textContent).toContain('Do not call is set on this contact.');
    const reason = screen.getByLabelText('Reason for calling anyway');
    expect(document.activeElement).toBe(reason);

    fireEvent.click(screen.getByRole('button', { name: 'Call anyway' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(reason.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(reason, { target: { value: 'They called us and asked' } });
    fireEvent.submit(reason.closest('form')!);
    expect(onConfirm).toHaveBeenCalledWith('They called us and asked');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});

describe('dialling against the rules', () => {
  function Harness({ customerId, contact, check }: { customerId: string; contact: Contact; check: () => ContactRuleBreach[] }) {
    const start = useStartCallAction(customerId, null, check);
    return (
      <>
        <button type="button" onClick={() => void start.dial(contact, contact.phones[0]!)}>
          Dial
        </button>
        {start.error && <p role="alert">{start.error}</p>}
        {start.pendingOverride && (
          <ContactRuleOverrideDialog
            breaches={start.pendingOverride.breaches}
            contactName={start.pendingOverride.contact?.name ?? null}
            onConfirm={(reason) => void start.callAnyway(reason)}
            onCancel={start.cancelOverride}
          />
        )}
      </>
    );
  }

  it('asks first; cancel changes nothing; a reason is stored before the number is dialled', async () => {
    const db = newDb();
    const customer = await createCustomer(db, customerInput({ kind: 'consumer' }));
    const contact = await saveContact(db, customer.id, contactInput());
    dialled.calls = [];
    dialled.notesAtDial = [];
    dialled.countNotes = () => db.notes.count();
    renderWithDb(<Harness customerId={customer.id} contact={contact} check={() => [afterConversation]} />, db);

    fireEvent.click(screen.getByRole('button', { name: 'Dial' }));
    await screen.findByRole('dialog', { name: 'This call breaks the calling rules' });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(dialled.calls).toEqual([]);
    expect(await db.notes.count()).toBe(0);
    expect(await db.calls.count()).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Dial' }));
    await act(async () => {
      fireEvent.change(await screen.findByLabelText('Reason for calling anyway'), { target: { value: 'Returning their call' } });
      fireEvent.click(screen.getByRole('button', { name: 'Call anyway' }));
    });
    await waitFor(async () => expect(await db.calls.count()).toBe(1));
    expect(dialled.calls).toEqual(['(415) 555-0134']);
    expect(dialled.notesAtDial).toEqual([1]);
    expect(await db.notes.toArray()).toEqual([
      expect.objectContaining({ kind: 'contact-rule-override', text: 'Returning their call', rulesBroken: ['after-conversation'] }),
    ]);
    expect((await db.calls.toArray())[0]).toMatchObject({ dialled: true, contactId: contact.id });
  });

  it('dials straight away when no rule is broken', async () => {
    const db = newDb();
    const customer = await createCustomer(db, customerInput());
    const contact = await saveContact(db, customer.id, contactInput());
    dialled.calls = [];
    renderWithDb(<Harness customerId={customer.id} contact={contact} check={() => []} />, db);
    fireEvent.click(screen.getByRole('button', { name: 'Dial' }));
    await waitFor(async () => expect(await db.calls.count()).toBe(1));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(dialled.calls).toEqual(['(415) 555-0134']);
    expect(await db.notes.count()).toBe(0);
  });
});
