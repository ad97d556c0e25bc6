// The runner around the PDF assembly job, with a scripted job and a fake clock: the memory cap it
// asks for, the time limit per step, and a sentence for every way a job can go wrong.
import { describe, expect, it } from 'vitest';
import {
  createPacketAssemblyRunner,
  packetMemoryLimitMb,
  packetStepTimeLimitMs,
  PacketAssemblyError,
} from '../../../../electron/services/export/packet-assembly-runner';
import type { PacketJobMessage, PacketJobRequest } from '../../../../electron/services/export/packet-job-protocol';
import type { IsolatedJobLauncher, JobEnd, JobStart } from '../../../../electron/services/isolated-job';
import { createFakeClock } from '../../../host/fake-clock';

/** A job the test speaks for: what it was sent, and whether it was stopped. */
interface ScriptedJob {
  options: JobStart;
  sent: unknown[];
  stops: number;
  say(message: PacketJobMessage | Record<string, unknown>): void;
  end(end: JobEnd): void;
}

function scriptedLauncher() {
  const jobs: ScriptedJob[] = [];
  const launcher: IsolatedJobLauncher = {
    start(options) {
      const job: ScriptedJob = {
        options,
        sent: [],
        stops: 0,
        say: (message) => options.onMessage(message),
        end: (end) => options.onEnd(end),
      };
      jobs.push(job);
      return { send: (message) => void job.sent.push(message), stop: () => void (job.stops += 1) };
    },
  };
  return { launcher, jobs };
}

const attachments = [
  { name: 'delivery-note.pdf', mime: 'application/pdf', bytes: new Uint8Array([1]) },
  { name: 'scan.png', mime: 'image/png', bytes: new Uint8Array([2]) },
];
const mainPdf = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
const packet = { bytes: new Uint8Array([9, 9]), pages: 4, attachments: [] };

function setup() {
  const clock = createFakeClock({ start: '2026-03-02T15:00:00Z' });
  const { launcher, jobs } = scriptedLauncher();
  const runner = createPacketAssemblyRunner({ launcher, clock });
  const steps: [number, number][] = [];
  const result = runner.assemble(mainPdf, attachments, {
    title: 'Agency packet',
    onAttachment: (done, total) => steps.push([done, total]),
  });
  // Keep a rejection from counting as unhandled before the test awaits it.
  result.catch(() => {});
  return { clock, jobs, job: jobs[0]!, result, steps };
}

describe('the packet assembly runner', () => {
  it('starts one job with the memory cap, sends it the request, passes its progress on and resolves with its packet', async () => {
    const { job, result, steps } = setup();
    expect(job.options.memoryMb).toBe(packetMemoryLimitMb);
    const request = job.sent[0] as PacketJobRequest;
    expect(request).toEqual({
      mainPdf,
      attachments,
      title: 'Agency packet',
      author: undefined,
      subject: undefined,
      createdAt: '2026-03-02T15:00:00.000Z',
    });
    job.say({ kind: 'progress', done: 0, total: 2 });
    job.say({ kind: 'progress', done: 1, total: 2 });
    job.say({ kind: 'done', packet });
    await expect(result).resolves.toEqual(packet);
    expect(steps).toEqual([
      [0, 2],
      [1, 2],
    ]);
    // The job is stopped once its packet is back, and what it says afterwards is ignored.
    expect(job.stops).toBe(1);
    job.end({ kind: 'exited', code: 0 });
  });

  it('stops a job whose step runs past the time limit, naming the attachment it was on', async () => {
    const { clock, job, result } = setup();
    job.say({ kind: 'progress', done: 0, total: 2 });
    job.say({ kind: 'progress', done: 1, total: 2 });
    await clock.advance(packetStepTimeLimitMs - 1);
    expect(job.stops).toBe(0);
    await clock.advance(1);
    await expect(result).rejects.toThrow(
      new PacketAssemblyError(
        'Adding “scan.png” to the PDF took more than a minute, so Call Desk stopped it and saved nothing. Replace that document with a smaller copy, or remove it from the account, then try again.',
      ),
    );
    expect(job.stops).toBe(1);
    expect(clock.armedTimers()).toBe(0);
  });

  it('gives every step its own minute, so a long packet that keeps moving is never stopped', async () => {
    const { clock, job, result } = setup();
    await clock.advance(50_000);
    job.say({ kind: 'progress', done: 0, total: 2 });
    await clock.advance(50_000);
    job.say({ kind: 'progress', done: 1, total: 2 });
    await clock.advance(50_000);
    job.say({ kind: 'progress', done: 2, total: 2 });
    await clock.advance(50_000);
    job.say({ kind: 'done', packet });
    await expect(result).resolves.toEqual(packet);
    expect(clock.armedTimers()).toBe(0);
  });

  it('says plainly when the printed document or the final save is what took too long', async () => {
    const { clock, result } = setup();
    await clock.advance(packetStepTimeLimitMs);
    await expect(result).rejects.toThrow(
      'Building the PDF took more than a minute, so Call Desk stopped it and saved nothing. Try again; if it happens again, replace the largest attached documents with smaller copies.',
    );
  });

  it('says which attachment needed more memory than the cap', async () => {
    const { job, result } = setup();
    job.say({ kind: 'progress', done: 0, total: 2 });
    job.end({ kind: 'out-of-memory' });
    await expect(result).rejects.toThrow(
      'Adding “delivery-note.pdf” to the PDF needed more memory than Call Desk allows, so it was stopped and nothing was saved.',
    );
  });

  it('fails with a sentence when the job dies, gives up, or answers something unexpected', async () => {
    const crashed = setup();
    crashed.job.end({ kind: 'crashed', detail: 'segfault' });
    await expect(crashed.result).rejects.toThrow('Building the PDF stopped unexpectedly, and nothing was saved.');

    const exited = setup();
    exited.job.end({ kind: 'exited', code: 1 });
    await expect(exited.result).rejects.toThrow('Building the PDF stopped unexpectedly');

    const failed = setup();
    failed.job.say({ kind: 'failed', message: 'No PDF header found' });
    await expect(failed.result).rejects.toThrow('The PDF could not be built, and nothing was saved: No PDF header found');

    const odd = setup();
    odd.job.say({ kind: 'done', packet: { bytes: 'not bytes', pages: 1, attachments: [] } });
    await expect(odd.result).rejects.toThrow('an unexpected answer from the job building it');
    expect(odd.job.stops).toBe(1);
  });

  it('fails with a sentence when the job cannot be started', async () => {
    const runner = createPacketAssemblyRunner({
      launcher: {
        start: () => {
          throw new Error('utilityProcess cannot be created before app is ready.');
        },
      },
      clock: createFakeClock(),
    });
    await expect(runner.assemble(mainPdf, [])).rejects.toThrow(
      'Call Desk could not start building the PDF, and nothing was saved: utilityProcess cannot be created before app is ready.',
    );
  });
});
