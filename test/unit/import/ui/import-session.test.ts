// The import worker's work without a Worker: the real read → layout → preset → interpret → plan
// on a real QuickBooks Online export, with the stored rows given by the test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportWorkerRequest, ImportWorkerResponse } from '../../../../renderer/import/import-worker-protocol';
import { createImportSession } from '../../../../renderer/import/import-session';
import type { PlanImportInput } from '../../../../shared/import/reconcile/plan-import';

const fixtures = path.join(__dirname, '../../../fixtures/import');
const week1 = readFileSync(path.join(fixtures, 'quickbooks-online/ar-aging-detail-2026-11-23.csv'));
const base = { defaultCurrency: 'USD', today: '2026-11-24' };
const nothingStored: PlanImportInput['stored'] = { customers: [], invoices: [], contacts: [] };

function session(stored = nothingStored) {
  const posted: ImportWorkerResponse[] = [];
  let next = 0;
  const handle = createImportSession((r) => posted.push(r), { loadStored: async () => stored, newId: () => `id-${++next}` });
  return { posted, handle };
}

const analyse = (bytes: Uint8Array | null, name = 'AR Aging Detail.csv'): Extract<ImportWorkerRequest, { kind: 'analyse' }> => ({
  kind: 'analyse',
  file: bytes ? { name, bytes } : null,
  read: {},
  base,
});

describe('import session (the worker’s work)', () => {
  it('recognises a QuickBooks Online aging report, its columns and three values of each', async () => {
    const { handle, posted } = session();
    const reply = await handle(analyse(new Uint8Array(week1)));
    if (reply.kind !== 'analysed') throw new Error(JSON.stringify(reply));
    const { analysis } = reply;
    expect(analysis.preset).toMatchObject({ name: 'QuickBooks Online — A/R Aging Detail', fullListByDefault: true, dateOrder: 'mdy' });
    expect(analysis).toMatchObject({ format: 'delimited', encoding: 'utf-8', delimiter: ',', headerRowNumber: 5 });
    const num = analysis.headers.indexOf('Num');
    expect(analysis.options.mapping.invoiceNumber).toBe(num);
    expect(analysis.samples[num]).toEqual(['1041', '1043', '1044']);
    expect(analysis.headerSignature).toContain('num');
    expect(posted.map((p) => p.kind === 'progress' && p.stage)).toEqual(['reading', 'finding-columns']);
  });

  it('plans the import against what is stored, after interpreting with the user’s options', async () => {
    const { handle, posted } = session();
    const analysed = await handle(analyse(new Uint8Array(week1)));
    if (analysed.kind !== 'analysed') throw new Error('not analysed');
    const reply = await handle({ kind: 'plan', options: analysed.analysis.options, scope: 'full', databaseName: 'call-desk' });
    if (reply.kind !== 'planned') throw new Error(JSON.stringify(reply));
    expect(reply.plan.newCustomers).toHaveLength(8);
    expect(reply.plan.newInvoices).toHaveLength(19);
    expect(reply.plan.totalChecks).toEqual([expect.objectContaining({ matches: true, fileTotal: { currency: 'USD', amountMinor: 3717645 } })]);
    expect(posted.filter((p) => p.kind === 'progress').map((p) => p.kind === 'progress' && p.stage)).toContain('matching');
  });

  it('asks instead of planning when a needed column is taken away', async () => {
    const { handle } = session();
    const analysed = await handle(analyse(new Uint8Array(week1)));
    if (analysed.kind !== 'analysed') throw new Error('not analysed');
    const { invoiceNumber: _dropped, ...mapping } = analysed.analysis.options.mapping;
    const reply = await handle({ kind: 'plan', options: { ...analysed.analysis.options, mapping }, scope: 'full', databaseName: 'call-desk' });
    expect(reply).toEqual({ kind: 'questions', questions: [expect.objectContaining({ kind: 'missing-field', fields: expect.arrayContaining(['invoiceNumber']) })] });
  });

  it('reads the file it holds again with the options the user chose', async () => {
    const { handle } = session();
    await handle(analyse(new Uint8Array(week1)));
    const again = await handle({ ...analyse(null), read: { encoding: 'windows-1252' } });
    expect(again).toMatchObject({ kind: 'analysed', analysis: { encoding: 'windows-1252', encodingReason: 'chosen' } });
  });

  it('refuses a PDF renamed .csv with the reader’s sentence and reason', async () => {
    const { handle } = session();
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
    expect(await handle(analyse(pdf, 'aging.csv'))).toMatchObject({ kind: 'failed', reason: 'not-a-spreadsheet', message: expect.stringContaining('PDF') });
  });

  it('asks for the file again when planning before any file was read', async () => {
    const { handle } = session();
    expect(await handle({ kind: 'plan', options: { source: 'spreadsheet', content: 'invoices', mapping: {}, defaultCurrency: 'USD', today: '2026-11-24' }, scope: 'some', databaseName: 'x' })).toEqual({
      kind: 'failed',
      message: 'Choose the file to import again.',
    });
  });
});
