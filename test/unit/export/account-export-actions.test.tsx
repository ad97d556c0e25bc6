// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AccountExportActions, noInvoicesToExport } from '../../../renderer/export/AccountExportActions';
import { newDb, renderWithDb } from '../forms/render-with-db';

describe('AccountExportActions', () => {
  it('disables the statement and the packet with the reason when there are no invoices', () => {
    renderWithDb(<AccountExportActions customerId="c1" invoiceCount={0} />, newDb());
    for (const name of ['Statement PDF…', 'Export for agency…']) {
      const button = screen.getByRole('button', { name });
      expect(button).toHaveProperty('disabled', true);
      const reason = document.getElementById(button.getAttribute('aria-describedby') ?? '');
      expect(reason?.textContent).toBe(noInvoicesToExport);
    }
  });

  it('leaves both enabled, with no reason, once an invoice is on file', () => {
    renderWithDb(<AccountExportActions customerId="c1" invoiceCount={2} />, newDb());
    const button = screen.getByRole('button', { name: 'Statement PDF…' });
    expect(button).toHaveProperty('disabled', false);
    expect(button.getAttribute('aria-describedby')).toBeNull();
    expect(screen.queryByText(noInvoicesToExport)).toBeNull();
  });
});
