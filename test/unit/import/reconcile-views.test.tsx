// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AccountCreditsCard } from '../../../renderer/customers/AccountCreditsCard';
import { BookChangeEntryView } from '../../../renderer/timeline/BookChangeEntryView';

describe('what an import shows on the customer file', () => {
  it('lists credits on account with a total per currency, and nothing when there are none', () => {
    const { container, rerender } = render(
      <AccountCreditsCard
        credits={[
          { source: 'quickbooks-online', kind: 'credit-memo', reference: 'CM-7', date: '2026-10-15', amountMinor: 150_00, currency: 'USD' },
          { source: 'quickbooks-online', kind: 'unapplied-payment', reference: '', date: null, amountMinor: 40_00, currency: 'USD' },
          { source: 'quickbooks-online', kind: 'negative-balance', reference: 'X', date: null, amountMinor: 10_00, currency: 'CAD' },
        ]}
        locale="en-US"
      />,
    );
    const card = screen.getByRole('region', { name: 'Credits on account' });
    expect(within(card).getByText('$190.00 · CA$10.00')).toBeTruthy();
    const rows = within(screen.getByRole('table', { name: 'Credits on account' })).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'KindReferenceDateAmount',
      'Credit noteCM-7Oct 15, 2026$150.00',
      'Payment not yet applied——$40.00',
      'Credit balanceX—CA$10.00',
    ]);
    rerender(<AccountCreditsCard credits={[]} locale="en-US" />);
    expect(container.textContent).toBe('');
  });

  it('tells an import on the timeline', () => {
    render(
      <ul>
        <BookChangeEntryView
          when="Nov 23, 2026, 12:00 PM"
          locale="en-US"
          change={{
            id: 'b1',
            customerId: 'c1',
            importId: 'i1',
            at: '2026-11-23T18:00:00.000Z',
            fileName: 'aging.xlsx',
            newCustomer: false,
            newInvoiceNumbers: [],
            changed: [],
            closedNumbers: ['1001'],
            reopenedNumbers: [],
            paymentsSeen: [{ currency: 'USD', amountMinor: 500_00 }],
            creditCount: 0,
            detailsUpdated: true,
          }}
        />
      </ul>,
    );
    const entry = screen.getByRole('listitem', { name: 'Books updated, Nov 23, 2026, 12:00 PM' });
    expect(entry.textContent).toContain(
      'From aging.xlsx: invoice 1001 closed in the books, $500.00 paid, no credits on account now, contact details updated',
    );
  });
});
