// Databases for the backup tests: fresh ones, closed and deleted after each test, and one with
// something in every table (the demo data plus a note draft, settings, a document and its
// bytes, an agency placement, an import of the books and an office call script).
import Dexie from 'dexie';
import { expect } from 'vitest';
import { createDemoData } from '../../../shared/demo/demo-data';
import { defaultSettings } from '../../../shared/settings/schema';
import { bulkLoad } from '../../../renderer/data/bulk-load';
import { applyImport } from '../../../renderer/import/apply-import';
import { planImportFromDb } from '../../../renderer/import/plan-from-db';
import { book, bookCustomer, bookInvoice } from '../import/reconcile-fixtures';
import type { CallDeskDb } from '../../../renderer/data/db';
import { freshDb } from '../data/fixtures';
import { scratchTables } from '../../../renderer/data/schema-versions';
import { readChangeStamp } from '../../../renderer/data/change-stamp';
import { writeInvoicePacks } from '../../../renderer/data/invoice-pack-store';
import { saveOfficeScript } from '../../../renderer/scripts/library/script-repository';
import { scriptById } from '../../../shared/scripts';
import { duplicateScript } from '../../../shared/scripts/library/duplicate-script';

const opened: CallDeskDb[] = [];

export function testDb(): CallDeskDb {
  const created = freshDb();
  opened.push(created);
  return created;
}

export async function closeTestDbs(): Promise<void> {
  for (const d of opened.splice(0)) {
    d.close();
    await Dexie.delete(d.name);
  }
}

export const documentBytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xe2, 0x80, 0x94]);

export async function filledDb(): Promise<CallDeskDb> {
  const d = testDb();
  await d.open();
  const now = new Date('2026-11-22T15:30:00Z');
  await bulkLoad(d, createDemoData({ today: '2026-11-22', now, currency: 'USD' }), { defaultCountry: 'US' });
  const call = await d.calls.limit(1).first();
  await d.noteDrafts.put({
    callId: call!.id,
    customerId: call!.customerId,
    text: 'Spoke to Pat — "cheque Friday" ✓',
    updatedAt: now.toISOString(),
  });
  await d.settings.put({ key: 'app', value: { ...defaultSettings, companyName: 'Ledger & Co' } });
  await d.meta.put({ key: 'firstRunCompletedAt', value: now.toISOString() });
  const invoice = (await d.invoices.limit(1).first())!;
  await d.documents.put({
    id: 'doc-1',
    customerId: invoice.customerId,
    invoiceId: invoice.id,
    fileName: 'Proof of delivery.pdf',
    category: 'proof-of-delivery',
    mime: 'application/pdf',
    size: documentBytes.length,
    addedAt: now.toISOString(),
  });
  await d.documentFiles.put({ id: 'doc-1', bytes: documentBytes.slice() });
  await d.placements.put({
    id: 'pl-1',
    customerId: invoice.customerId,
    agencyName: 'Harbor Recovery',
    placedOn: '2026-11-20',
    agencyReference: 'HR-77',
    note: '',
    recordedAt: now.toISOString(),
    recalledAt: null,
    recallReason: '',
  });
  // An import of the books, for the import history and the timeline's book changes.
  const parsed = book([bookCustomer('Juniper Florists', { accountNumber: 'JF-1' })], []);
  parsed.invoices.push(bookInvoice(parsed.customers[0]!, 'Q-501'));
  await applyImport(d, await planImportFromDb(d, parsed, 'some'), {
    fileName: 'aging.csv',
    presetName: 'QuickBooks Online — A/R Aging Detail',
    takeFromFile: [],
    now,
  });
  // An office script of its own, as a copy of a built-in one.
  await saveOfficeScript(d, {
    template: duplicateScript(scriptById('second-call')!, 'custom-ours', []),
    basedOn: { scriptId: 'second-call', version: 1 },
    proposedInstead: 'second-call',
  });
  // The invoice packs an import's worker writes after it (derived: a backup leaves them out).
  expect(await writeInvoicePacks(d, await d.invoices.toArray(), await readChangeStamp(d))).toBe(true);
  // Every table but working space (a restore's staged documents) holds something.
  for (const table of d.tables) if (!scratchTables.has(table.name)) expect(await table.count(), table.name).toBeGreaterThan(0);
  return d;
}
