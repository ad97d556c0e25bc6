// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { dashboardPrintRequest } from '../../../renderer/dashboard/dashboard-pdf';
import { DashboardView } from '../../../renderer/dashboard/DashboardView';
import { DashboardMediumProvider } from '../../../renderer/dashboard/sections/dashboard-medium';
import { computeDashboard } from '../../../shared/dashboard/compute-dashboard';
import { defaultSettings, type Settings } from '../../../shared/settings/schema';
import { call, inputs, payment, promise } from './fixtures';

// Dollars and euros owed, paid and promised: every figure must keep them apart.
const dashboard = computeDashboard(
  inputs({
    invoices: [
      { currency: 'USD', dueDate: '2026-06-30', balanceMinor: 100_00, status: 'open' },
      { currency: 'USD', dueDate: '2026-02-01', balanceMinor: 25_00, status: 'open' },
      { currency: 'EUR', dueDate: '2026-05-01', balanceMinor: 40_00, status: 'open' },
    ],
    payments: [payment('2026-06-15', 30_00), payment('2026-06-16', 5_00, { currency: 'EUR', seenInBooks: { importId: 'imp1' } })],
    promises: [promise({ promisedDate: '2026-06-19', amountMinor: 60_00 })],
    calls: [call('2026-06-17T15:00:00.000Z', 'promise-to-pay'), call('2026-06-16T15:00:00.000Z', 'no-answer')],
    placedAccounts: [{ customerId: 'c9', openBalances: [{ currency: 'EUR', amountMinor: 40_00 }] }],
  }),
);
const format = { locale: 'en-US', currency: 'USD' };

afterEach(cleanup);

function renderOnScreen() {
  return render(
    <DashboardMediumProvider kind="screen" format={format}>
      <DashboardView dashboard={dashboard} />
    </DashboardMediumProvider>,
  );
}

describe('the dashboard view', () => {
  it('shows each money figure one amount per currency, never added together', () => {
    renderOnScreen();
    const week = screen.getByRole('region', { name: 'Collected this week' });
    expect(within(week).getByText('$30.00 · €5.00')).toBeTruthy();
    expect(week.textContent).toContain('Recorded here $30.00 · seen in the books €5.00');
    // $60.00 promised on Jun 10, and the $30.00 received on Jun 15 counts toward it.
    expect(within(screen.getByRole('region', { name: 'Promised in the next 7 days' })).getByText('$30.00')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'With an agency' }).textContent).toContain('1 accountOwing €40.00');
  });

  it('draws one aging bar per currency, each an image with its figures in its label and in the table', () => {
    renderOnScreen();
    const receivables = screen.getByRole('region', { name: 'Receivables' });
    const bars = within(receivables).getAllByRole('img');
    expect(bars.map((bar) => bar.getAttribute('aria-label'))).toEqual([
      'Receivables in USD by age, $125.00 in all: Current $100.00, 1–30 days $0.00, 31–60 days $0.00, 61–90 days $0.00, Over 90 days $25.00.',
      'Receivables in EUR by age, €40.00 in all: Current €0.00, 1–30 days €0.00, 31–60 days €40.00, 61–90 days €0.00, Over 90 days €0.00.',
    ]);
    const table = within(receivables).getByRole('table', { name: /^Receivables by age/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['USD$100.00$0.00$0.00$0.00$25.00$125.00', 'EUR€0.00€0.00€40.00€0.00€0.00€40.00']);
  });

  it('puts a table with a caption behind every chart', () => {
    renderOnScreen();
    for (const [section, caption] of [
      ['Promises made and kept', /^Promises made in the last 30 days/],
      ['Calls in the last two weeks', /^Calls per day/],
    ] as const) {
      const region = screen.getByRole('region', { name: section });
      expect(within(region).getByRole('img').getAttribute('aria-label')).toBeTruthy();
      expect(within(region).getByRole('table', { name: caption })).toBeTruthy();
    }
    const calls = screen.getByRole('table', { name: /^Calls per day/ });
    expect(within(calls).getByRole('row', { name: /^Jun 17, 2026/ }).textContent).toBe('Jun 17, 202611');
    expect(within(calls).getByRole('row', { name: /^Jun 16, 2026/ }).textContent).toBe('Jun 16, 202610');
  });
});

describe('the printed dashboard', () => {
  const settings: Settings = {
    ...defaultSettings,
    companyName: 'Bayline Mechanical Services',
    locale: 'en-US',
    currency: 'USD',
    defaultCountry: 'US',
    officeTimeZone: 'America/Chicago',
  };

  it('is a self-contained document: charts as inline SVG in plain colours, every table shown, no script', async () => {
    const request = await dashboardPrintRequest(dashboard, settings, new Date('2026-06-17T16:00:00.000Z'));
    const { html } = request.document;
    expect(request.fileName).toBe('Collections dashboard - 2026-06-17.pdf');
    expect(request.document.paper).toBe('Letter');
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
    expect(html).not.toMatch(/<script|var\(--|<details/);
    expect(html.match(/<svg[^>]*role="img"/g)?.length).toBe(4); // two aging bars, promises, calls
    expect(html.match(/<caption>/g)?.length).toBe(3);
    expect(html).toContain('Printed Jun 17, 2026, 11:00 AM CDT');
    expect(html).toContain('$30.00 · €5.00');
  });
});
