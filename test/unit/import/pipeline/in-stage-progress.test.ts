// Progress inside the long stages: interpretation and planning tell how far through the rows
// they are, rising to exactly 1, and the worker session forwards it into each stage's share
// of the bar. Counts, not timings.
import { describe, expect, it } from 'vitest';
import { createImportSession } from '../../../../renderer/import/import-session';
import type { ImportWorkerResponse } from '../../../../renderer/import/import-worker-protocol';
import { interpretTable } from '../../../../shared/import/interpret/interpret-table';
import type { InterpretOptions, ParsedBook, ReportTable } from '../../../../shared/import/model';
import { planImport } from '../../../../shared/import/reconcile/plan-import';

const rowCount = 20_000;
const headers = ['Customer', 'Num', 'Date', 'Due Date', 'Open Balance'];
const rowCells = (i: number) => [`Customer ${i % 2000}`, `INV-${i}`, '2026-10-01', '2026-10-31', `${100 + (i % 900)}.25`];

const table: ReportTable = {
  headers,
  headerRowNumber: 1,
  rows: Array.from({ length: rowCount }, (_, i) => ({ rowNumber: i + 2, cells: rowCells(i) })),
  totals: [],
  layoutSkips: [],
  titleLines: [],
};
const options: InterpretOptions = {
  source: 'spreadsheet',
  content: 'invoices',
  mapping: { customer: 0, invoiceNumber: 1, invoiceDate: 2, dueDate: 3, openBalance: 4 },
  defaultCurrency: 'USD',
  today: '2026-11-24',
};

function expectRisingToOne(fractions: readonly number[]) {
  expect(fractions.length).toBeGreaterThanOrEqual(3);
  fractions.forEach((fraction, i) => {
    expect(fraction).toBeGreaterThan(i === 0 ? 0 : fractions[i - 1]!);
    expect(fraction).toBeLessThanOrEqual(1);
  });
  expect(fractions.at(-1)).toBe(1);
}

function interpreted(onProgress?: (fraction: number) => void): ParsedBook {
  const result = interpretTable(table, { ...options, ...(onProgress ? { onProgress } : {}) });
  if (!result.ok) throw new Error(JSON.stringify(result.questions));
  return result.book;
}

describe('progress within interpretation and planning', () => {
  it('interpretTable reports rising fractions through the rows, ending at 1', () => {
    const fractions: number[] = [];
    const book = interpreted((f) => fractions.push(f));
    expect(book.invoices).toHaveLength(rowCount);
    expectRisingToOne(fractions);
  });

  it('planImport reports rising fractions through the invoices, ending at 1', () => {
    const book = interpreted();
    const fractions: number[] = [];
    let next = 0;
    const plan = planImport({
      book,
      scope: 'full',
      stored: { customers: [], invoices: [], contacts: [] },
      newId: () => `id-${++next}`,
      onProgress: (f) => fractions.push(f),
    });
    expect(plan.newInvoices).toHaveLength(rowCount);
    expectRisingToOne(fractions);
  });

  it('a small table is told only that it is done', () => {
    const fractions: number[] = [];
    interpretTable({ ...table, rows: table.rows.slice(0, 10) }, { ...options, onProgress: (f) => fractions.push(f) });
    expect(fractions).toEqual([1]);
  });

  it('the worker session moves the bar within interpreting, then within matching, up to 1', async () => {
    const csv = [headers.join(','), ...Array.from({ length: rowCount }, (_, i) => rowCells(i).join(','))].join('\n');
    const posted: ImportWorkerResponse[] = [];
    let next = 0;
    const handle = createImportSession((r) => posted.push(r), {
      loadStored: async () => ({ customers: [], invoices: [], contacts: [] }),
      loadPromiseContext: async () => ({ promises: [], payments: [], graceDays: 0, timeZone: 'UTC' }),
      newId: () => `id-${++next}`,
    });
    const analysed = await handle({
      kind: 'analyse',
      file: { name: 'ledger.csv', bytes: new TextEncoder().encode(csv) },
      read: {},
      base: options,
    });
    if (analysed.kind !== 'analysed') throw new Error(JSON.stringify(analysed));
    posted.length = 0;
    const reply = await handle({
      kind: 'plan',
      options: analysed.analysis.options,
      scope: 'full',
      databaseName: 'call-desk',
      now: new Date().toISOString(),
    });
    expect(reply.kind).toBe('planned');

    const progress = posted.flatMap((p) => (p.kind === 'progress' ? [p] : []));
    const stageOf = (stage: string) => progress.filter((p) => p.stage === stage).map((p) => p.fraction);
    expect(stageOf('interpreting').length).toBeGreaterThanOrEqual(4);
    expect(stageOf('matching').length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...stageOf('interpreting'))).toBeLessThanOrEqual(Math.min(...stageOf('matching')));
    expectRisingToOne([...new Set(progress.map((p) => p.fraction))]);
    expect(progress.map((p) => p.fraction)).toEqual([...progress.map((p) => p.fraction)].sort((a, b) => a - b));
  });
});
