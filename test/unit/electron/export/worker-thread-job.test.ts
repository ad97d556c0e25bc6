// The PDF assembly in a real Node worker thread, as the e2e test host runs it (the app runs the
// same bundled module in an Electron utility process): a real packet built off this thread, a
// job that hangs stopped at the time limit, one that eats memory stopped at the cap.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createWorkerThreadJobLauncher } from '../../../../electron/adapters/worker-thread-job';
import { createPacketAssemblyRunner, packetStepTimeLimitMs } from '../../../../electron/services/export/packet-assembly-runner';
import type { IsolatedJobLauncher, JobEnd } from '../../../../electron/services/isolated-job';
import { bundlePacketWorker } from '../../../../scripts/packet-worker-bundle.mjs';
import { pngBomb } from '../../../fixtures/images/crafted-images';
import { createFakeClock } from '../../../host/fake-clock';
import { repoRoot } from '../../../host/paths';
import { solidPng, textPdf } from '../../export-assembly/fixtures';

let folder: string;
let packetWorker: string;

/** Writes a stand-in job module (plain CommonJS run by the worker) and returns its path. */
async function jobModule(name: string, source: string): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, `const { parentPort } = require('node:worker_threads');\n${source}`);
  return file;
}

/** Wraps a launcher to record how each job it started came to an end. */
function recordingEnds(launcher: IsolatedJobLauncher) {
  const ends: JobEnd[] = [];
  const recording: IsolatedJobLauncher = {
    start: (options) => launcher.start({ ...options, onEnd: (end) => (ends.push(end), options.onEnd(end)) }),
  };
  return { launcher: recording, ends };
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'call-desk-packet-job-'));
  packetWorker = path.join(folder, 'packet-worker.cjs');
  await bundlePacketWorker({ root: repoRoot, outfile: packetWorker });
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('the packet job in a worker thread', () => {
  it('builds a real packet off this thread, reports each attachment, and the thread ends after', async () => {
    const { launcher, ends } = recordingEnds(createWorkerThreadJobLauncher({ modulePath: packetWorker }));
    const runner = createPacketAssemblyRunner({ launcher, clock: createFakeClock({ start: '2026-03-02T15:00:00Z' }) });
    const steps: string[] = [];
    const packet = await runner.assemble(
      await textPdf([['ACCOUNT FILE'], ['CALL LOG']]),
      [
        { name: 'agreement.pdf', mime: 'application/pdf', bytes: await textPdf([['AGREEMENT']]) },
        { name: 'delivery.png', mime: 'image/png', bytes: solidPng(60, 40, [10, 20, 30]) },
        { name: 'site-photo.png', mime: 'image/png', bytes: pngBomb() },
      ],
      { title: 'Agency packet: Harbor Point Marine', onAttachment: (done, total) => steps.push(`${done}/${total}`) },
    );
    expect(steps).toEqual(['0/3', '1/3', '2/3', '3/3']);
    expect(packet.attachments.map((a) => [a.name, a.included])).toEqual([
      ['agreement.pdf', true],
      ['delivery.png', true],
      ['site-photo.png', false],
    ]);
    expect(packet.attachments[2]!.reason).toContain('16,000 × 16,000 pixels (256 megapixels)');
    const saved = await PDFDocument.load(packet.bytes, { updateMetadata: false });
    expect(saved.getPageCount()).toBe(5);
    expect(packet.pages).toBe(5);
    expect(saved.getTitle()).toBe('Agency packet: Harbor Point Marine');
    expect(saved.getCreationDate()?.toISOString()).toBe('2026-03-02T15:00:00.000Z');
    await vi.waitFor(() => expect(ends).toHaveLength(1));
  });

  it('stops a job that hangs once its step passes the time limit: the thread is ended and the user told', async () => {
    const hanging = await jobModule(
      'hanging-job.cjs',
      // Like pdf-lib looping on a damaged file: it starts the first attachment and never returns.
      "parentPort.on('message', () => { parentPort.postMessage({ kind: 'progress', done: 0, total: 1 }); setImmediate(() => { for (;;) {} }); });",
    );
    const clock = createFakeClock();
    const { launcher, ends } = recordingEnds(createWorkerThreadJobLauncher({ modulePath: hanging }));
    const runner = createPacketAssemblyRunner({ launcher, clock });
    let started = false;
    const result = runner.assemble(new Uint8Array([1]), [{ name: 'damaged.pdf', mime: 'application/pdf', bytes: new Uint8Array([2]) }], {
      onAttachment: () => (started = true),
    });
    result.catch(() => {});
    await vi.waitFor(() => expect(started).toBe(true));
    expect(ends).toEqual([]);
    await clock.advance(packetStepTimeLimitMs);
    await expect(result).rejects.toThrow(
      'Adding “damaged.pdf” to the PDF took more than a minute, so Call Desk stopped it and saved nothing.',
    );
    // The busy thread really was ended, not left spinning.
    await vi.waitFor(() => expect(ends).toEqual([{ kind: 'exited', code: 1 }]));
  });

  it('stops a job that goes past its memory cap, and says so', async () => {
    const greedy = await jobModule(
      'greedy-job.cjs',
      "parentPort.on('message', () => { const hoard = []; for (;;) hoard.push(Array.from({ length: 10000 }, (_, i) => ({ i }))); });",
    );
    const runner = createPacketAssemblyRunner({
      launcher: createWorkerThreadJobLauncher({ modulePath: greedy }),
      clock: createFakeClock(),
      memoryLimitMb: 32,
    });
    await expect(runner.assemble(new Uint8Array([1]), [])).rejects.toThrow(
      'Building the PDF needed more memory than Call Desk allows, so it was stopped and nothing was saved.',
    );
  });

  it('reports a job that throws as stopped unexpectedly', async () => {
    const broken = await jobModule('broken-job.cjs', "parentPort.on('message', () => { throw new Error('not a job'); });");
    const { launcher, ends } = recordingEnds(createWorkerThreadJobLauncher({ modulePath: broken }));
    const runner = createPacketAssemblyRunner({ launcher, clock: createFakeClock() });
    await expect(runner.assemble(new Uint8Array([1]), [])).rejects.toThrow('Building the PDF stopped unexpectedly, and nothing was saved.');
    expect(ends).toEqual([{ kind: 'crashed', detail: 'not a job' }]);
  });
});
