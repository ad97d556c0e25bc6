// "Record this call" without a browser: the recorder controller with a fake microphone and
// recorder. A take is kept with the call when stopped, when the call is saved, when the screen
// goes, when the microphone stops and at the two-hour limit; a take the database refused stays
// in memory with Try again and holds the call's Save back; a refused start says why.
import { describe, expect, it } from 'vitest';
import { createCallRecorder, type RecorderDeps } from '../../../renderer/recordings/call-recorder';
import { CaptureRefused, type OpenCapture } from '../../../renderer/recordings/microphone-capture';
import type { TakeOptions } from '../../../renderer/recordings/recorder-take';
import { maxLiveRecordingSeconds } from '../../../shared/recordings/live-recording';
import { recordedWebm } from '../../fixtures/audio/crafted-containers';

function harness({
  refuse,
  keepFails = 0,
  recorded = recordedWebm(50),
}: { refuse?: Error; keepFails?: number; recorded?: Uint8Array } = {}) {
  const events: string[] = [];
  const kept: { fileName: string; size: number }[] = [];
  let failures = keepFails;
  let microphoneEnded: (() => void) | null = null;
  let takeOptions: TakeOptions | null = null;
  const timers: { ms: number; fire: () => void; cancelled: boolean }[] = [];
  const capture = (systemAudio: boolean): OpenCapture => ({
    stream: {} as MediaStream,
    systemAudio,
    notice: null,
    onMicrophoneEnded: (listener) => void (microphoneEnded = listener),
    close: async () => void events.push('closed'),
  });
  const deps: RecorderDeps = {
    openCapture: async ({ systemAudio }) => {
      events.push(`open${systemAudio ? ' +system' : ''}`);
      if (refuse) throw refuse;
      return capture(systemAudio);
    },
    startTake: (_stream, options) => {
      takeOptions = options;
      events.push(`take ${options.mimeType}`);
      return {
        stop: async () => {
          events.push('stopped');
          return new Blob([recorded.slice()], { type: 'audio/webm;codecs=opus' });
        },
      };
    },
    mimeType: 'audio/webm;codecs=opus',
    keep: async (bytes, fileName) => {
      if (failures > 0) {
        failures -= 1;
        throw new Error('The disk is full.');
      }
      kept.push({ fileName, size: bytes.byteLength });
    },
    newTakeId: () => 'take-1',
    // Storing the pieces as they come is proven with a database in call-recorder-pieces.test.ts.
    storePiece: async () => {},
    dropTake: async () => {},
    liveTakes: new Set<string>(),
    fileNameFor: (startedAt, type) => `Recording ${startedAt.toISOString()} ${type}`,
    now: () => new Date('2026-06-17T16:00:03.000Z'),
    setTimer: (ms, fire) => {
      const timer = { ms, fire, cancelled: false };
      timers.push(timer);
      return () => void (timer.cancelled = true);
    },
  };
  const recorder = createCallRecorder(deps);
  return { recorder, events, kept, timers, endMicrophone: () => microphoneEnded?.(), take: () => takeOptions! };
}

const fileName = 'Recording 2026-06-17T16:00:03.000Z audio/webm;codecs=opus';

describe('the call recorder', () => {
  it('records, then keeps the take with the call when stopped, closing the microphone', async () => {
    const { recorder, events, kept, timers } = harness();
    expect(recorder.view()).toEqual({ phase: 'idle', problem: null, notice: null });
    const started = recorder.start(false);
    expect(recorder.view().phase).toBe('starting');
    await started;
    expect(recorder.view()).toEqual({
      phase: 'recording',
      startedAt: Date.parse('2026-06-17T16:00:03.000Z'),
      systemAudio: false,
      notice: null,
      storageProblem: null,
    });
    expect(timers.map((t) => t.ms)).toEqual([maxLiveRecordingSeconds * 1000]);

    expect(await recorder.stop()).toBeNull();
    expect(events).toEqual(['open', 'take audio/webm;codecs=opus', 'stopped', 'closed']);
    expect(kept).toEqual([{ fileName, size: recordedWebm(50).length }]);
    expect(recorder.view()).toEqual({ phase: 'idle', problem: null, notice: `Kept ${fileName} with this call.` });
    expect(timers[0]!.cancelled).toBe(true);
    expect(await recorder.stop()).toBeNull(); // nothing more to stop
    expect(kept).toHaveLength(1);
  });

  it('asks for the other side when the user chose it, and says why a start was refused', async () => {
    const refused = harness({ refuse: new CaptureRefused('No microphone was found.') });
    await refused.recorder.start(true);
    expect(refused.events).toEqual(['open +system']);
    expect(refused.recorder.view()).toEqual({ phase: 'idle', problem: 'No microphone was found.', notice: null });

    const broken = harness({ refuse: new Error('main went away') });
    await broken.recorder.start(false);
    expect(broken.recorder.view()).toMatchObject({ problem: 'Recording could not start: main went away' });
  });

  it('stops and keeps a recording before the call is saved', async () => {
    const { recorder, kept } = harness();
    await recorder.start(false);
    expect(await recorder.finish()).toBeNull();
    expect(kept).toEqual([{ fileName, size: recordedWebm(50).length }]);
    expect(await harness().recorder.finish()).toBeNull(); // no recording: nothing in the way
  });

  it('keeps a take the database refused in memory, holds the call back, and keeps it on Try again', async () => {
    const { recorder, kept } = harness({ keepFails: 1 });
    await recorder.start(false);
    expect(await recorder.stop()).toBe('The recording was not kept: The disk is full.');
    expect(recorder.view()).toEqual({ phase: 'unsaved', problem: 'The recording was not kept: The disk is full.' });
    expect(await recorder.finish()).toMatch(/^its recording is not kept yet\. Use “Try again”/);
    expect(kept).toEqual([]);

    await recorder.retry();
    expect(kept).toEqual([{ fileName, size: recordedWebm(50).length }]);
    expect(recorder.view()).toMatchObject({ phase: 'idle', notice: `Kept ${fileName} with this call.` });
    expect(await recorder.finish()).toBeNull();
  });

  it('holds the call back when saving it could not keep the recording, and lets a discarded one go', async () => {
    const { recorder, kept } = harness({ keepFails: 1 });
    await recorder.start(false);
    expect(await recorder.finish()).toMatch(/^its recording is not kept yet/);
    recorder.discard();
    expect(recorder.view()).toEqual({ phase: 'idle', problem: null, notice: 'The recording was discarded.' });
    expect(await recorder.finish()).toBeNull();
    expect(kept).toEqual([]);
  });

  it('keeps the take when the screen goes, when the microphone stops, at the size limit and at two hours', async () => {
    const left = harness();
    await left.recorder.start(false);
    left.recorder.dispose();
    await expect.poll(() => left.kept.length).toBe(1);
    expect(left.events.at(-1)).toBe('closed');

    const unplugged = harness();
    await unplugged.recorder.start(false);
    unplugged.endMicrophone();
    await expect.poll(() => unplugged.recorder.view().phase).toBe('idle');
    expect(unplugged.recorder.view()).toMatchObject({ notice: expect.stringMatching(/^The microphone stopped .* Kept Recording/) });

    const full = harness();
    await full.recorder.start(false);
    full.take().onFull();
    await expect.poll(() => full.kept.length).toBe(1);
    expect(full.recorder.view()).toMatchObject({ notice: expect.stringMatching(/largest size Call Desk keeps/) });

    const long = harness();
    await long.recorder.start(false);
    long.timers[0]!.fire();
    await expect.poll(() => long.kept.length).toBe(1);
    expect(long.recorder.view()).toMatchObject({
      notice: expect.stringMatching(/^The recording reached two hours, so it was stopped\. Kept/),
    });
  });

  it('closes a microphone that opens after the screen has gone, and keeps nothing from an empty take', async () => {
    const late = harness();
    const starting = late.recorder.start(false);
    late.recorder.dispose();
    await starting;
    expect(late.events).toEqual(['open', 'closed']);

    const empty = harness({ recorded: new Uint8Array() });
    await empty.recorder.start(false);
    expect(await empty.recorder.stop()).toBeNull();
    expect(empty.kept).toEqual([]);
    expect(empty.recorder.view()).toMatchObject({ notice: 'Nothing was recorded, so nothing was kept.' });
  });

  it('starts once however often Record is pressed', async () => {
    const { recorder, events } = harness();
    await Promise.all([recorder.start(false), recorder.start(false)]);
    await recorder.start(false);
    expect(events.filter((e) => e.startsWith('open'))).toHaveLength(1);
  });
});
