// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ExportCandidatesTable } from '../../../renderer/export/ExportCandidatesTable';
import type { ExportCandidate } from '../../../renderer/export/export-candidates';

afterEach(cleanup);

const candidate = (customerId: string, legalName: string, openBalances: ExportCandidate['openBalances']): ExportCandidate => ({
  customerId,
  legalName,
  accountNumber: '',
  openBalances,
  openBalanceMinor: openBalances[0]?.amountMinor ?? 0,
  oldestOpenDueDate: null,
  agencyName: null,
});

describe('ExportCandidatesTable', () => {
  it('shows each account what it owes one total per currency, in its own currency', () => {
    const rows = [
      candidate('a', 'Maple Crossing Freight Ltd', [
        { currency: 'USD', amountMinor: 1_200_00 },
        { currency: 'CAD', amountMinor: 300_00 },
      ]),
      candidate('b', 'Nordic Tiles AB', [{ currency: 'SEK', amountMinor: 5_000_00 }]),
    ];
    render(
      <ExportCandidatesTable
        rows={rows}
        selected={new Set()}
        today="2026-06-17"
        currency="EUR"
        locale="en-US"
        disabled={false}
        onToggle={() => undefined}
        onToggleAll={() => undefined}
      />,
    );
    const maple = screen.getByRole('row', { name: /Maple Crossing/ });
    expect(within(maple).getByText('$1,200.00 · CA$300.00')).toBeTruthy();
    expect(maple.textContent).not.toContain('1,500');
    expect(screen.getByRole('row', { name: /Nordic Tiles/ }).textContent).toContain('SEK');
    expect(screen.getByRole('table').textContent).not.toContain('€');
  });
});
