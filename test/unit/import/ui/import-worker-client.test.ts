import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApplyRequest } from '../../../../renderer/import/apply-in-worker';
import { createImportSession } from '../../../../renderer/import/import-session';
import { createImportWorkerClient, ImportCancelled, type ImportWorkerHandle } from '../../../../renderer/import/import-worker-client';
import type { ImportWorkerRequest, ImportWorkerResponse } from '../../../../renderer/import/import-worker-protocol';

const week1 = readFileSync(path.join(__dirname, '../../../fixtures/import/quickbooks-online/ar-aging-detail-2026-11-23.csv'));
const base = { defaultCurrency: 'USD', today: '2026-11-24' };
const apply: ApplyRequest = {
  kind: 'apply',
  safetyCopy: { kind: 'written', changeStamp: null },
  planId: 'p',
  databaseName: 'x',
  fileName: 'a.csv',
  presetName: 'p',
  takeFromFile: [],
  now: '2026-11-24T17:00:00.000Z',
};

/** A worker that runs the real session in this thread, as the browser's would, and notes what happens to it. */
function inProcessWorker(log: string[], opts: { hold?: boolean } = {}): () => ImportWorkerHandle {
  return () => {
    let ended = false;
    const handle: ImportWorkerHandle = {
      onmessage: null,
      onerror: null,
      terminate: () => {
        ended = true;
        log.push('terminated');
      },
      postMessage(message: ImportWorkerRequest, { transfer }) {
        log.push(`posted ${message.kind} transferring ${transfer.length}`);
        const reply = (data: ImportWorkerResponse) => {
          if (!ended) handle.onmessage?.({ data } as MessageEvent<ImportWorkerResponse>);
        };
        const run = createImportSession(reply, {
          loadStored: async () => ({ customers: [], invoices: [], contacts: [] }),
          loadPromiseContext: async () => ({ promises: [], payments: [], graceDays: 0, timeZone: 'UTC' }),
          newId: () => 'x',
        });
        if (opts.hold) return; // never answers: the user cancels
        void run(message).then(reply);
      },
    };
    log.push('started');
    return handle;
  };
}

describe('import worker client', () => {
  it('hands the file over to one worker, reports progress and resolves with the answer', async () => {
    const log: string[] = [];
    const client = createImportWorkerClient(inProcessWorker(log));
    const progress: string[] = [];
    const reply = await client.request(
      { kind: 'analyse', file: { name: 'aging.csv', bytes: new Uint8Array(week1) }, read: {}, base },
      (stage) => progress.push(stage),
    );
    expect(reply).toMatchObject({ kind: 'analysed', analysis: { fileName: 'aging.csv' } });
    expect(progress).toEqual(['reading', 'finding-columns']);
    expect(log).toEqual(['started', 'posted analyse transferring 1']);
  });

  it('cancel ends the worker and the pending request, and the next request starts a new one', async () => {
    const log: string[] = [];
    const client = createImportWorkerClient(inProcessWorker(log, { hold: true }));
    const pending = client.request({ kind: 'analyse', file: { name: 'a.csv', bytes: new Uint8Array(week1) }, read: {}, base }, () => {});
    client.cancel();
    await expect(pending).rejects.toBeInstanceOf(ImportCancelled);
    expect(log).toEqual(['started', 'posted analyse transferring 1', 'terminated']);
    void client.request({ kind: 'analyse', file: null, read: {}, base }, () => {});
    expect(log.at(-2)).toBe('started');
  });

  it('says so when the worker stops on an error', async () => {
    const client = createImportWorkerClient(() => {
      const handle: ImportWorkerHandle = {
        onmessage: null,
        onerror: null,
        terminate: () => {},
        postMessage: () => queueMicrotask(() => handle.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent)),
      };
      return handle;
    });
    await expect(client.request({ kind: 'analyse', file: null, read: {}, base }, () => {})).rejects.toThrow(
      "The import's background task stopped (out of memory).",
    );
  });

  it('leaving the screen stops a read at once, but lets an apply under way finish before the worker ends', async () => {
    const reading: string[] = [];
    const readClient = createImportWorkerClient(inProcessWorker(reading, { hold: true }));
    const read = readClient.request({ kind: 'analyse', file: null, read: {}, base }, () => {});
    readClient.leave();
    await expect(read).rejects.toBeInstanceOf(ImportCancelled);
    expect(reading.at(-1)).toBe('terminated');

    const applying: string[] = [];
    const applyClient = createImportWorkerClient(inProcessWorker(applying));
    const pending = applyClient.request(apply, () => {});
    applyClient.leave();
    expect(applying).toEqual(['started', 'posted apply transferring 0']);
    await expect(pending).resolves.toMatchObject({ kind: 'failed' }); // its answer still arrives (this session holds no plan)
    expect(applying).toEqual(['started', 'posted apply transferring 0', 'terminated']);
  });

  it('after an apply, ending the worker first lets it finish writing the invoice packs', async () => {
    const log: string[] = [];
    let settle!: () => void;
    const scripted: ImportWorkerHandle = {
      onmessage: null,
      onerror: null,
      terminate: () => log.push('terminated'),
      postMessage(message: ImportWorkerRequest) {
        log.push(`posted ${message.kind}`);
        const reply = (data: ImportWorkerResponse) => scripted.onmessage?.({ data } as MessageEvent<ImportWorkerResponse>);
        if (message.kind === 'apply')
          queueMicrotask(() =>
            reply({ kind: 'applied', applied: { importId: 'i', fileName: 'a.csv', counts: {} as never, changedAccounts: [] } }),
          );
        if (message.kind === 'settle') settle = () => reply({ kind: 'settled', packs: { written: true, ms: 5 } });
      },
    };
    const client = createImportWorkerClient(() => scripted);
    await expect(client.request(apply, () => {})).resolves.toMatchObject({ kind: 'applied' });
    client.cancel();
    expect(log).toEqual(['posted apply', 'posted settle']);
    settle();
    expect(log).toEqual(['posted apply', 'posted settle', 'terminated']);
  });
});
