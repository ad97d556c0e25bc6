// The first-run setup, driven through its screen: the office every spec works in (a Chicago
// office in dollars, whatever the machine's zone), and the step that fills and submits it.
import { expect, type Page } from '@playwright/test';
import { goToCustomerList } from './app-steps';

export interface OfficeDetails {
  companyName: string;
  companyAddress: string;
  paymentDetails: string;
  remitToAddress: string;
  callerName: string;
  callbackNumber: string;
  currency: string;
  locale: string;
  defaultCountry: string;
  officeTimeZone: string;
}

/** The office of every spec that does not set up its own (demo expectations are computed for it). */
export const e2eOffice: OfficeDetails = {
  companyName: 'Bayline Mechanical Services',
  companyAddress: '200 Harbor Way\nOakland CA 94607',
  paymentDetails: 'Pacific Coast Bank\nAccount 0012345678, routing 121000358',
  remitToAddress: 'PO Box 4410\nOakland CA 94604',
  callerName: 'Jordan Reyes',
  callbackNumber: '(415) 555-0100',
  currency: 'USD',
  locale: 'en-US',
  defaultCountry: 'US',
  officeTimeZone: 'America/Chicago',
};

export type StartWith = 'demo' | 'own';

export function setupScreen(page: Page) {
  return page.getByRole('main', { name: 'Set up Call Desk' });
}

/**
 * Fills every field given (others keep what the screen pre-filled) and starts. The app opens on
 * Today; the step then goes to the customer list, where most specs begin.
 */
export async function completeSetup(page: Page, office: Partial<OfficeDetails>, startWith: StartWith): Promise<void> {
  const setup = setupScreen(page);
  await expect(setup).toBeVisible({ timeout: 30_000 });
  const text: [keyof OfficeDetails, string][] = [
    ['companyName', 'Company name'],
    ['callerName', 'Your name'],
    ['callbackNumber', 'Callback number'],
    ['companyAddress', 'Company address'],
    ['paymentDetails', 'Bank or payment details'],
    ['remitToAddress', 'Remit-to address'],
    ['currency', 'Currency'],
    ['locale', 'Locale'],
    ['defaultCountry', 'Default country for phone numbers'],
  ];
  for (const [key, label] of text) {
    const value = office[key];
    if (value !== undefined) await setup.getByRole('textbox', { name: label }).fill(value);
  }
  if (office.officeTimeZone) await setup.getByRole('combobox', { name: 'Office time zone' }).selectOption(office.officeTimeZone);
  await setup.getByRole('button', { name: startWith === 'demo' ? 'Try with demo data' : 'Start with my own data' }).click();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible({ timeout: 30_000 });
  await goToCustomerList(page);
}
