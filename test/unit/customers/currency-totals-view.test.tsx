// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { computeAgingByCurrency } from '../../../shared/aging/aging';
import { AccountSummary } from '../../../renderer/customers/AccountSummary';
import { CustomerListRow } from '../../../renderer/customers/CustomerListRow';
import { summarizeCustomer, toCustomerRow } from '../../../renderer/data/customer-summary';
import { customerRecord, invoiceRecord } from '../data/records';

afterEach(cleanup);

const today = '2024-03-01';
const customer = customerRecord('c1', 'Northwind Traders', false);
const usd = (id: string, dueDate: string, balanceMinor: number) => invoiceRecord(id, 'c1', dueDate, balanceMinor);
const cad = (id: string, dueDate: string, balanceMinor: number) => ({ ...invoiceRecord(id, 'c1', dueDate, balanceMinor), currency: 'CAD' });
const mixed = [usd('u1', '2024-02-20', 1_000_00), usd('u2', '2024-03-10', 200_00), cad('k1', '2023-11-01', 300_00)];

function listRow(invoices: ReturnType<typeof usd>[], officeCurrency = 'EUR', callingWindow = { start: 8 * 60, end: 21 * 60 }) {
  const row = toCustomerRow(customer, summarizeCustomer(customer, [], invoices, null));
  render(
    <CustomerListRow
      row={row}
      index={0}
      start={0}
      active={false}
      today={today}
      now={new Date('2024-03-01T15:00:00Z')}
      currency={officeCurrency}
      locale="en-US"
      defaultCountry="US"
      callingWindow={callingWindow}
      optionId={(id) => `opt-${id}`}
      onOpen={() => undefined}
    />,
  );
  return screen.getByRole('option');
}

describe('customer list row', () => {
  it('shows one balance per currency, each in its own currency, never their sum', () => {
    const option = listRow(mixed);
    expect(option.textContent).toContain('$1,200.00 · CA$300.00');
    expect(option.textContent).not.toContain('1,500');
    // The office currency (EUR here) is never used for an amount whose currency is known.
    expect(option.textContent).not.toContain('€');
  });

  it('writes a one-currency balance in that currency even when the office uses another', () => {
    expect(listRow([cad('k1', '2024-02-01', 75_00)], 'USD').textContent).toContain('CA$75.00');
  });

  it('writes nothing owed as a zero in the office currency', () => {
    expect(listRow([usd('u1', '2024-02-01', 0)], 'EUR').textContent).toContain('€0.00');
  });
});

describe('account summary', () => {
  it('totals each currency apart and gives each currency its own aging row', () => {
    render(<AccountSummary agings={computeAgingByCurrency(mixed, today)} currency="EUR" locale="en-US" />);
    expect(screen.getByTestId('total-due').textContent).toBe('$1,200.00 · CA$300.00');
    expect(screen.getByTestId('past-due').textContent).toBe('$1,000.00 · CA$300.00');
    // The CAD invoice is 121 days late: the oldest, whatever its currency.
    expect(screen.getByTestId('oldest-days').textContent).toBe('121 days');
    const table = screen.getByRole('table', { name: 'Aging' });
    const usdRow = within(table).getByRole('row', { name: /USD/ });
    expect(
      within(usdRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['$200.00', '$1,000.00', '$0.00', '$0.00', '$0.00']);
    const cadRow = within(table).getByRole('row', { name: /CAD/ });
    expect(
      within(cadRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['CA$0.00', 'CA$0.00', 'CA$0.00', 'CA$0.00', 'CA$300.00']);
    expect(table.textContent).not.toContain('1,500');
  });

  it('keeps the single-currency layout for an account in one currency', () => {
    render(<AccountSummary agings={computeAgingByCurrency([cad('k1', '2024-02-20', 50_00)], today)} currency="USD" locale="en-US" />);
    expect(screen.getByTestId('total-due').textContent).toBe('CA$50.00');
    expect(screen.queryByRole('columnheader', { name: 'Currency' })).toBeNull();
  });

  it('shows zeros in the office currency when nothing is owed', () => {
    render(<AccountSummary agings={[]} currency="USD" locale="en-US" />);
    expect(screen.getByTestId('total-due').textContent).toBe('$0.00');
    expect(screen.getByTestId('oldest-days').textContent).toBe('None');
  });

  it("flags the customer's local time against the calling hours set in Settings, not fixed ones", () => {
    // 15:00 UTC is 10:00 in New York (the record's zone): inside 8:00–21:00, before a 10:30 start.
    expect(within(listRow(mixed)).queryByText('(outside calling hours)')).toBeNull();
    cleanup();
    const late = listRow(mixed, 'EUR', { start: 10 * 60 + 30, end: 17 * 60 });
    expect(within(late).getByText('(outside calling hours)')).toBeTruthy();
    expect(within(late).getByTitle(/outside the calling hours \(10:30–17:00 their time\)/)).toBeTruthy();
  });
});
