// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CustomerFormDialog } from '../../../renderer/customers/CustomerFormDialog';
import { SnoozeDialog } from '../../../renderer/follow-ups/SnoozeDialog';
import { renderWithDb, type } from './render-with-db';

const pressEscape = (dialog: HTMLElement) => {
  const cancel = new Event('cancel', { cancelable: true });
  fireEvent(dialog, cancel);
  return cancel;
};

describe('a dialog with unsaved input', () => {
  it('asks before Escape throws the input away, and Keep editing goes back to the field', async () => {
    const onClose = vi.fn();
    renderWithDb(<CustomerFormDialog onClose={onClose} onSaved={vi.fn()} />);
    const dialog = screen.getByRole('dialog', { name: 'New customer' });
    const legalName = type('Legal name', 'Northwind Traders LLC');
    legalName.focus();

    await waitFor(() => expect(pressEscape(dialog).defaultPrevented).toBe(true));
    const question = await screen.findByRole('group', { name: /Discard what you typed\?/ });
    expect(onClose).not.toHaveBeenCalled();
    const keep = within(question).getByRole('button', { name: 'Keep editing' });
    expect(document.activeElement).toBe(keep);

    fireEvent.click(keep);
    expect(screen.queryByRole('group', { name: /Discard what you typed\?/ })).toBeNull();
    expect(document.activeElement).toBe(legalName);
    expect((legalName as HTMLInputElement).value).toBe('Northwind Traders LLC');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes on a second Escape, or on Discard', async () => {
    const onClose = vi.fn();
    renderWithDb(<CustomerFormDialog onClose={onClose} onSaved={vi.fn()} />);
    const dialog = screen.getByRole('dialog', { name: 'New customer' });
    type('Legal name', 'Northwind Traders LLC');

    pressEscape(dialog);
    await screen.findByRole('group', { name: /Discard what you typed\?/ });
    pressEscape(dialog);
    expect(onClose).toHaveBeenCalledTimes(1);

    // The parent has not unmounted it here, so the question is still up: Discard also closes.
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('× on a dialog whose input changed asks; an untouched one closes at once', async () => {
    const onClose = vi.fn();
    const row = {
      followUp: {
        id: 'f1',
        customerId: 'c1',
        callId: null,
        kind: 'callback' as const,
        dueAt: '2026-12-01T15:00:00.000Z',
        note: '',
        status: 'open' as const,
        createdAt: '2026-11-30T15:00:00.000Z',
        completedAt: null,
      },
      customerName: 'Acme Hardware Ltd',
      customerTimeZone: 'America/New_York',
    };
    renderWithDb(<SnoozeDialog row={row} timeZone="America/Chicago" onClose={onClose} onSnoozed={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);

    type('Snooze until', '2030-01-02T14:30');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('group', { name: /Discard what you typed\?/ })).toBeTruthy();
  });
});
