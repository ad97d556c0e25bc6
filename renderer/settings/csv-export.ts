// CSV export of the accounts (issue 4, point 8): customers, invoices, calls and promises, each
// built from all of its table's rows as of one moment (one read transaction), one row per record.
import { todayIn } from '../../shared/dates/calendar';
import { customersCsv, invoicesCsv } from '../../shared/export/csv-accounts';
import { callsCsv, promisesCsv } from '../../shared/export/csv-activity';
import type { ExportTextFileResult } from '../../shared/ipc/files-contract';
import type { Settings } from '../../shared/settings/schema';
import type { CallDeskDb } from '../data/db';
import { errorMessage } from '../../shared/common/error-message';

export interface CsvFile {
  fileName: string;
  /** What one row is, for the summary: "customer", "invoice", ... */
  record: { one: string; many: string };
  rows: number;
  content: string;
}

export async function buildCsvFiles(
  db: CallDeskDb,
  settings: Pick<Settings, 'officeTimeZone' | 'currency'>,
  now: Date,
): Promise<CsvFile[]> {
  if (!db.isOpen()) await db.open();
  const read = [db.customers, db.contacts, db.invoices, db.payments, db.calls, db.notes, db.promises, db.scriptVersions];
  const tables = await db.transaction('r', read, async () => {
    const [customers, contacts, invoices, payments, calls, notes, promises, scriptVersions] = await Promise.all([
      db.customers.toArray(),
      db.contacts.toArray(),
      db.invoices.toArray(),
      db.payments.toArray(),
      db.calls.toArray(),
      db.notes.toArray(),
      db.promises.toArray(),
      db.scriptVersions.toArray(),
    ]);
    return { customers, contacts, invoices, payments, calls, notes, promises, scriptVersions };
  });
  const today = todayIn(settings.officeTimeZone, now);
  return [
    {
      fileName: 'customers.csv',
      record: { one: 'customer', many: 'customers' },
      rows: tables.customers.length,
      content: customersCsv(tables, { today, currency: settings.currency }),
    },
    {
      fileName: 'invoices.csv',
      record: { one: 'invoice', many: 'invoices' },
      rows: tables.invoices.length,
      content: invoicesCsv(tables, { today }),
    },
    { fileName: 'calls.csv', record: { one: 'call', many: 'calls' }, rows: tables.calls.length, content: callsCsv(tables) },
    {
      fileName: 'promises.csv',
      record: { one: 'promise to pay', many: 'promises to pay' },
      rows: tables.promises.length,
      content: promisesCsv(tables),
    },
  ];
}

export interface WrittenCsvFile {
  fileName: string;
  path: string;
  record: CsvFile['record'];
  rows: number;
}

export type WriteTextFile = (file: CsvFile, folderId: string) => Promise<ExportTextFileResult>;

/**
 * Writes the files one after another into the chosen folder. A file of the same name already
 * there is kept and the new one gets a numbered name, so a spreadsheet the bookkeeper saved
 * over an earlier export is never overwritten. Stops at the first failure and says which
 * files were written before it.
 */
export async function writeCsvFiles(
  files: readonly CsvFile[],
  folderId: string,
  write: WriteTextFile,
): Promise<{ written: WrittenCsvFile[]; failure: { fileName: string; message: string } | null }> {
  const written: WrittenCsvFile[] = [];
  for (const file of files) {
    try {
      const result = await write(file, folderId);
      if (!result.saved) throw new Error('The file was not saved.');
      written.push({ fileName: result.fileName, path: result.path, record: file.record, rows: file.rows });
    } catch (error) {
      return { written, failure: { fileName: file.fileName, message: errorMessage(error) } };
    }
  }
  return { written, failure: null };
}
