// Import steps shared by the import specs: the QuickBooks Online sample files with the figures
// worked out by hand for them, choosing a file through main's dialog up to its preview, and
// checking what is stored against the figures.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { repoRoot } from '../../host/paths';
import type { TestHost } from '../../host/test-host';
import type { DatabaseDump } from './database-dump';

export const qboSamplesDir = path.join(repoRoot, 'test/fixtures/import/quickbooks-online');
export const qboWeek1 = path.join(qboSamplesDir, 'ar-aging-detail-2026-11-23.csv');
export const qboWeek2 = path.join(qboSamplesDir, 'ar-aging-detail-2026-11-30.csv');

export interface ExpectedCustomer {
  name: string;
  invoices: string[];
  openInvoicesMinor: number;
}
export interface ExpectedReport {
  fileTotalMinor: number;
  invoiceCount: number;
  customers: ExpectedCustomer[];
  paidSinceLastWeek?: string[];
  partPaidSinceLastWeek?: Record<string, { beforeMinor: number; afterMinor: number; paymentMinor: number }>;
  newInvoices?: string[];
  newCustomers?: string[];
}

/** Figures worked out by hand from the sample files (the presets' unit tests check the same). */
export function qboExpected(): Record<'2026-11-23' | '2026-11-30', ExpectedReport> {
  return JSON.parse(readFileSync(path.join(qboSamplesDir, 'ar-aging-detail-expected.json'), 'utf8')) as Record<
    '2026-11-23' | '2026-11-30',
    ExpectedReport
  >;
}

export function importScreen(page: Page) {
  return page.getByRole('main', { name: 'Import from your books' });
}

/** On the Import screen: picks `file` in main's dialog and goes on to the preview with the recognised preset's columns. */
export async function previewImport(
  page: Page,
  host: TestHost,
  file: string,
  preset = 'QuickBooks Online — A/R Aging Detail',
): Promise<void> {
  const screen = importScreen(page);
  host.dialogs.queueOpenPath(file);
  await screen.getByRole('button', { name: 'Choose a file…' }).click();
  await expect(screen.getByRole('heading', { name: `Recognised: ${preset}` })).toBeVisible({ timeout: 30_000 });
  await screen.getByRole('button', { name: 'Preview import' }).click();
  await expect(screen.getByRole('heading', { name: 'Preview' })).toBeVisible({ timeout: 30_000 });
}

type StoredCustomer = { id: string; legalName: string; openBalanceMinor: number };
type StoredInvoice = { customerId: string; number: string; balanceMinor: number; status: string };

/** Every customer with exactly its open invoices and open balance as the report has them, and no one else. */
export function expectStoredBooks(dump: DatabaseDump, customers: readonly ExpectedCustomer[]): void {
  const stored = dump.customers as StoredCustomer[];
  const invoices = (dump.invoices as StoredInvoice[]).filter((i) => i.status === 'open');
  expect(stored.map((c) => c.legalName).sort()).toEqual(customers.map((c) => c.name).sort());
  for (const want of customers) {
    const customer = stored.find((c) => c.legalName === want.name)!;
    const theirs = invoices.filter((i) => i.customerId === customer.id);
    expect(theirs.map((i) => i.number).sort(), want.name).toEqual([...want.invoices].sort());
    expect(
      theirs.reduce((sum, i) => sum + i.balanceMinor, 0),
      want.name,
    ).toBe(want.openInvoicesMinor);
    expect(customer.openBalanceMinor, want.name).toBe(want.openInvoicesMinor);
  }
}
