// What the demo data should show today, computed from the same generator the app seeds from,
// so the e2e assertions check the app's arithmetic, not numbers copied from a screen.
import { computeAging, type AgingSummary } from '../../../shared/aging/aging';
import { addDays, todayIn } from '../../../shared/dates/calendar';
import { createDemoData, demoAnchorCustomerName } from '../../../shared/demo/demo-data';
import type { Invoice } from '../../../shared/invoices/schema';
import { formatMoney, minorToInput } from '../../../shared/money/money';
import { e2eOffice } from './first-run-setup';
import { testNow } from './test-clock';

export const officeToday = (): string => todayIn(e2eOffice.officeTimeZone, testNow());

export interface AnchorExpectations {
  today: string;
  aging: AgingSummary;
  openInvoices: Invoice[];
  money(minor: number): string;
  input(minor: number): string;
  inDays(days: number): string;
}

export function anchorExpectations(): AnchorExpectations {
  const today = officeToday();
  const data = createDemoData({ today, now: testNow() });
  const customer = data.customers.find((c) => c.legalName === demoAnchorCustomerName);
  if (!customer) throw new Error('The demo data has no anchor customer.');
  const invoices = data.invoices.filter((i) => i.customerId === customer.id);
  return {
    today,
    aging: computeAging(invoices, today),
    openInvoices: invoices.filter((i) => i.status === 'open' && i.balanceMinor > 0),
    money: (minor) => formatMoney(minor, 'USD', 'en-US'),
    input: (minor) => minorToInput(minor, 'USD'),
    inDays: (days) => addDays(today, days),
  };
}

export function demoCustomerCount(): number {
  return createDemoData({ today: officeToday(), now: testNow() }).customers.length;
}
