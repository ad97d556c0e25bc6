// The multi-account export loop: one account after another, progress before each, a failure
// costs only its own account, and Cancel stops after the file being written.
import { describe, expect, it } from 'vitest';
import { runBulkExport, type BulkExportAccount, type BulkExportProgress } from '../../../renderer/export/bulk-export';
import type { ExportPdfResult } from '../../../shared/ipc/files-contract';

const accounts: BulkExportAccount[] = [
  { customerId: 'a', customerName: 'Harbor Point Dental Group' },
  { customerId: 'b', customerName: 'Zeta Works' },
  { customerId: 'c', customerName: 'Acme Hardware Ltd' },
];

const written = (id: string, leftOut = false): ExportPdfResult => ({
  saved: true,
  path: `/packets/${id}.pdf`,
  fileName: `${id}.pdf`,
  pages: 3,
  attachments: leftOut
    ? [
        { name: 'scan.pdf', included: false, pages: 1, reason: 'This PDF is password-protected, so its pages cannot be copied.' },
        { name: 'photo.png', included: true, pages: 1 },
      ]
    : [],
});

describe('runBulkExport', () => {
  it('writes each account in turn, reporting progress before each and a summary after', async () => {
    const order: string[] = [];
    const progress: BulkExportProgress[] = [];
    const run = await runBulkExport(accounts, {
      exportOne: async (id) => {
        order.push(id);
        if (id === 'b') throw new Error('The folder is full.');
        return written(id, id === 'c');
      },
      onProgress: (p) => progress.push(p),
      shouldStop: () => false,
    });
    expect(order).toEqual(['a', 'b', 'c']);
    expect(progress.map((p) => [p.done, p.total, p.current?.customerName ?? null])).toEqual([
      [0, 3, 'Harbor Point Dental Group'],
      [1, 3, 'Zeta Works'],
      [2, 3, 'Acme Hardware Ltd'],
      [3, 3, null],
    ]);
    expect(run.stopped).toBe(false);
    expect(run.outcomes).toEqual([
      {
        customerId: 'a',
        customerName: 'Harbor Point Dental Group',
        written: true,
        fileName: 'a.pdf',
        path: '/packets/a.pdf',
        pages: 3,
        leftOut: [],
      },
      { customerId: 'b', customerName: 'Zeta Works', written: false, reason: 'The folder is full.' },
      {
        customerId: 'c',
        customerName: 'Acme Hardware Ltd',
        written: true,
        fileName: 'c.pdf',
        path: '/packets/c.pdf',
        pages: 3,
        leftOut: [{ name: 'scan.pdf', reason: 'This PDF is password-protected, so its pages cannot be copied.' }],
      },
    ]);
  });

  it('stops after the file being written when cancelled', async () => {
    let stop = false;
    const order: string[] = [];
    const run = await runBulkExport(accounts, {
      exportOne: async (id) => {
        order.push(id);
        if (id === 'a') stop = true; // the user pressed Cancel while the first packet was being written
        return written(id);
      },
      onProgress: () => {},
      shouldStop: () => stop,
    });
    expect(order).toEqual(['a']);
    expect(run.stopped).toBe(true);
    expect(run.outcomes.map((o) => [o.customerId, o.written])).toEqual([['a', true]]);
  });

  it('counts a file main did not save as not written', async () => {
    const run = await runBulkExport(accounts.slice(0, 1), {
      exportOne: async () => ({ saved: false }),
      onProgress: () => {},
      shouldStop: () => false,
    });
    expect(run.outcomes).toEqual([
      { customerId: 'a', customerName: 'Harbor Point Dental Group', written: false, reason: 'The file was not saved.' },
    ]);
  });
});
