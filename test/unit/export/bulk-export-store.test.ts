// The multi-account export's run, held above the screens: it is one per window, so a second
// start while a run goes is refused; Cancel and the summary reach whoever looks at it later.
import { describe, expect, it } from 'vitest';
import type { BulkExportAccount } from '../../../renderer/export/bulk-export';
import { createBulkExportStore, isBulkExportBusy, type BulkExportState } from '../../../renderer/export/bulk-export-store';
import type { ChosenFolder, ExportPdfResult } from '../../../shared/ipc/files-contract';

const folder: ChosenFolder = { id: 'folder-1', path: '/packets' };
const accounts: BulkExportAccount[] = [
  { customerId: 'a', customerName: 'Harbor Point Dental Group' },
  { customerId: 'b', customerName: 'Zeta Works' },
  { customerId: 'c', customerName: 'Acme Hardware Ltd' },
];
const written = (id: string): ExportPdfResult => ({
  saved: true,
  path: `/packets/${id}.pdf`,
  fileName: `${id}.pdf`,
  pages: 2,
  attachments: [],
});

/** An exportOne whose files finish only when the test says so. */
function gatedExports() {
  const pending: Array<() => void> = [];
  const asked: string[] = [];
  return {
    asked,
    exportOne: (_folder: ChosenFolder, customerId: string) =>
      new Promise<ExportPdfResult>((resolve) => {
        asked.push(customerId);
        pending.push(() => resolve(written(customerId)));
      }),
    async finishNext() {
      await waitFor(() => pending.length > 0);
      pending.shift()!();
    },
  };
}

async function waitFor(condition: () => boolean) {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((r) => setTimeout(r, 0));
  expect(condition()).toBe(true);
}

describe('the bulk export store', () => {
  it('refuses a second run while one goes, and tells every listener how the first one goes', async () => {
    const gate = gatedExports();
    let folderDialogs = 0;
    const store = createBulkExportStore({ chooseFolder: async () => (folderDialogs++, folder), exportOne: gate.exportOne });
    const seen: BulkExportState['phase'][] = [];
    store.subscribe(() => seen.push(store.getState().phase));

    const first = store.start(accounts);
    await waitFor(() => store.getState().phase === 'running');
    expect(isBulkExportBusy(store.getState())).toBe(true);
    expect(await store.start([accounts[0]!])).toBe(false);
    expect(folderDialogs).toBe(1);
    store.reset(); // a run under way is not cleared
    expect(store.getState().phase).toBe('running');

    for (let i = 0; i < accounts.length; i++) await gate.finishNext();
    expect(await first).toBe(true);
    const state = store.getState();
    expect(state).toMatchObject({ phase: 'finished', folder, selected: 3, run: { stopped: false } });
    expect(state.phase === 'finished' && state.run.outcomes.map((o) => o.customerId)).toEqual(['a', 'b', 'c']);
    expect(seen[0]).toBe('choosing-folder');
    expect(seen.at(-1)).toBe('finished');

    // Once the summary is dismissed, a new run may start.
    store.reset();
    expect(store.getState()).toEqual({ phase: 'idle' });
    const second = store.start([accounts[1]!]);
    await gate.finishNext();
    expect(await second).toBe(true);
    expect(folderDialogs).toBe(2);
  });

  it('Cancel stops after the file being written and keeps how many were selected for the summary', async () => {
    const gate = gatedExports();
    const store = createBulkExportStore({ chooseFolder: async () => folder, exportOne: gate.exportOne });
    const run = store.start(accounts);
    await waitFor(() => gate.asked.length === 1);
    store.stop();
    expect(store.getState()).toMatchObject({ phase: 'running', stopping: true, progress: { done: 0, total: 3 } });
    await gate.finishNext();
    await run;
    expect(gate.asked).toEqual(['a']);
    expect(store.getState()).toMatchObject({
      phase: 'finished',
      selected: 3,
      run: { stopped: true, outcomes: [{ customerId: 'a', written: true }] },
    });
  });

  it('writes nothing when the folder dialog is cancelled, and says so when the dialog fails', async () => {
    const gate = gatedExports();
    const cancelled = createBulkExportStore({ chooseFolder: async () => null, exportOne: gate.exportOne });
    await cancelled.start(accounts);
    expect(cancelled.getState()).toEqual({ phase: 'idle' });
    expect(gate.asked).toEqual([]);

    const broken = createBulkExportStore({
      chooseFolder: () => Promise.reject(new Error('The folder dialog could not open.')),
      exportOne: gate.exportOne,
    });
    await broken.start(accounts);
    expect(broken.getState()).toEqual({ phase: 'failed', message: 'The export could not start. The folder dialog could not open.' });
    expect(isBulkExportBusy(broken.getState())).toBe(false);
  });

  it('writes statements through the same run when that kind is chosen, and says which kind it wrote', async () => {
    const folderKinds: string[] = [];
    const written: string[] = [];
    const store = createBulkExportStore({
      chooseFolder: async (kind) => (folderKinds.push(kind), folder),
      exportOne: async (_folder, customerId, kind) => {
        written.push(`${kind}:${customerId}`);
        return { saved: true, path: `/packets/${customerId}.pdf`, fileName: `${customerId}.pdf`, pages: 1, attachments: [] };
      },
    });
    await store.start(accounts.slice(0, 2), 'statement');
    expect(folderKinds).toEqual(['statement']);
    expect(written).toEqual(['statement:a', 'statement:b']);
    expect(store.getState()).toMatchObject({ phase: 'finished', kind: 'statement', selected: 2 });

    store.reset();
    await store.start(accounts.slice(2));
    expect(written.at(-1)).toBe('agency-packet:c'); // packets stay the default
  });
});
