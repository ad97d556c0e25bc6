import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDemoData } from '../../../shared/demo/demo-data';
import { utf8Bom } from '../../../shared/export/csv';
import { buildCsvFiles, writeCsvFiles, type CsvFile } from '../../../renderer/settings/csv-export';
import { bulkLoad } from '../../../renderer/data/bulk-load';
import type { CallDeskDb } from '../../../renderer/data/db';
import { freshDb } from '../data/fixtures';

let db: CallDeskDb | null = null;
afterEach(async () => {
  if (!db) return;
  db.close();
  await Dexie.delete(db.name);
  db = null;
});

const now = new Date('2026-11-22T15:30:00Z');

async function demoDb(): Promise<CallDeskDb> {
  db = freshDb();
  await db.open();
  await bulkLoad(db, createDemoData({ today: '2026-11-22', now, currency: 'USD' }), { defaultCountry: 'US' });
  return db;
}

describe('CSV export', () => {
  it('builds the four files from every record, each starting with the BOM and its header row', async () => {
    const d = await demoDb();
    const files = await buildCsvFiles(d, { officeTimeZone: 'America/New_York', currency: 'USD' }, now);
    expect(files.map((f) => [f.fileName, f.rows])).toEqual([
      ['customers.csv', await d.customers.count()],
      ['invoices.csv', await d.invoices.count()],
      ['calls.csv', await d.calls.count()],
      ['promises.csv', await d.promises.count()],
    ]);
    for (const file of files) {
      expect(file.rows).toBeGreaterThan(0);
      expect(file.content.startsWith(utf8Bom)).toBe(true);
    }
    expect(files[0]!.content.slice(1)).toMatch(/^Account number,Legal name,/);
    expect(files[1]!.content.slice(1)).toMatch(/^Invoice number,Customer,/);
    const firstInvoice = (await d.invoices.toArray())[0]!;
    expect(files[1]!.content).toContain(firstInvoice.number);
  });

  it('writes one file after another and stops at the first that fails, saying which were written', async () => {
    const files: CsvFile[] = ['a.csv', 'b.csv', 'c.csv'].map((fileName) => ({
      fileName,
      record: { one: 'row', many: 'rows' },
      rows: 2,
      content: 'x',
    }));
    const asked: string[] = [];
    const result = await writeCsvFiles(files, 'folder-1', async (file, folderId) => {
      asked.push(`${folderId}/${file.fileName}`);
      if (file.fileName === 'b.csv') throw new Error('The folder is read-only.');
      return { saved: true, path: `/exports/${file.fileName}`, fileName: file.fileName };
    });
    expect(asked).toEqual(['folder-1/a.csv', 'folder-1/b.csv']);
    expect(result).toEqual({
      written: [{ fileName: 'a.csv', path: '/exports/a.csv', record: { one: 'row', many: 'rows' }, rows: 2 }],
      failure: { fileName: 'b.csv', message: 'The folder is read-only.' },
    });
  });
});
