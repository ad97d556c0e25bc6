// What "Record this call" does, apart from React: start (main's permission, the microphone, the
// recorder), stop and keep the take with the call, and never lose it quietly. A take that could
// not be stored stays in memory with "Try again"; saving the call stops and keeps a recording
// first; leaving the screen stops it and keeps it in the background; the microphone stopping by
// itself, the size limit and the two-hour limit stop and keep it too. While it records, each piece
// is written to the database as it comes (take-writer.ts), so a reload or crash loses at most a
// second: the call offers the stored pieces back (InterruptedTakes.tsx).
import { errorMessage } from '../../shared/common/error-message';
import { maxLiveRecordingSeconds } from '../../shared/recordings/live-recording';
import { CaptureRefused, type OpenCapture } from './microphone-capture';
import type { LiveTakes } from './live-takes';
import type { RecorderTake, TakeOptions } from './recorder-take';
import { createTakeWriter, type TakeWriter } from './take-writer';

export type RecorderView =
  | { phase: 'idle'; problem: string | null; notice: string | null }
  | { phase: 'starting' }
  | { phase: 'recording'; startedAt: number; systemAudio: boolean; notice: string | null; storageProblem: string | null }
  | { phase: 'saving' }
  | { phase: 'unsaved'; problem: string };

export interface RecorderDeps {
  openCapture(options: { systemAudio: boolean }): Promise<OpenCapture>;
  startTake(stream: MediaStream, options: TakeOptions): RecorderTake;
  /** What the MediaRecorder is asked to write (shared/recordings/live-recording.ts). */
  mimeType: string;
  /** Stores the take as a recording of the call and removes its stored pieces (one transaction), or throws with a sentence. */
  keep(bytes: Uint8Array, fileName: string, takeId: string): Promise<void>;
  newTakeId(): string;
  /** Stores one piece of a take as it records. */
  storePiece(piece: { takeId: string; seq: number; bytes: Uint8Array; startedAt: Date; mime: string }): Promise<void>;
  /** Removes a take's stored pieces (a discarded or empty take). */
  dropTake(takeId: string): Promise<void>;
  /** The takes this window still holds, which the call must not offer back as interrupted. */
  liveTakes: LiveTakes;
  fileNameFor(startedAt: Date, mimeType: string): string;
  now(): Date;
  /** Calls `fire` after `ms`; returns a cancel. */
  setTimer(ms: number, fire: () => void): () => void;
}

type StopReason = 'user' | 'limit' | 'full' | 'microphone' | 'failed' | 'call-saved' | 'left';

const stopNotices: Partial<Record<StopReason, string>> = {
  limit: 'The recording reached two hours, so it was stopped.',
  full: 'The recording reached the largest size Call Desk keeps, so it was stopped.',
  microphone: 'The microphone stopped (it may have been unplugged), so the recording was stopped.',
  failed: 'The recorder stopped with an error.',
};

interface Live {
  takeId: string;
  capture: OpenCapture;
  take: RecorderTake;
  writer: TakeWriter;
  startedAt: Date;
  cancelLimit: () => void;
}

export interface CallRecorderController {
  view(): RecorderView;
  subscribe(listener: () => void): () => void;
  start(systemAudio: boolean): Promise<void>;
  /** Stops and keeps the take; null when kept (or nothing to keep), else why it was not. */
  stop(): Promise<string | null>;
  retry(): Promise<void>;
  discard(): void;
  /** Before the call is saved: null when nothing stands in the way, else why the call should wait. */
  finish(): Promise<string | null>;
  /** The screen is going: a recording stops and is kept in the background. */
  dispose(): void;
}

export function createCallRecorder(deps: RecorderDeps): CallRecorderController {
  let view: RecorderView = { phase: 'idle', problem: null, notice: null };
  let live: Live | null = null;
  let unsaved: { blob: Blob; fileName: string; takeId: string } | null = null;
  let starting: Promise<void> | null = null;
  let stopping: Promise<string | null> | null = null;
  let disposed = false;
  const listeners = new Set<() => void>();
  const show = (next: RecorderView) => {
    if (disposed) return;
    view = next;
    listeners.forEach((listener) => listener());
  };

  /** This window lets the take go; its stored pieces (if any are left) are then offered back by the call. */
  const letGo = (takeId: string) => deps.liveTakes.delete(takeId);
  const dropAndLetGo = (takeId: string) =>
    void deps.dropTake(takeId).then(
      () => letGo(takeId),
      () => letGo(takeId),
    );

  async function save(blob: Blob, fileName: string, takeId: string, reason: StopReason): Promise<string | null> {
    const before = stopNotices[reason];
    if (blob.size === 0) {
      dropAndLetGo(takeId);
      show({ phase: 'idle', problem: null, notice: `${before ? `${before} ` : ''}Nothing was recorded, so nothing was kept.` });
      return null;
    }
    show({ phase: 'saving' });
    try {
      await deps.keep(new Uint8Array(await blob.arrayBuffer()), fileName, takeId);
      unsaved = null;
      letGo(takeId);
      show({ phase: 'idle', problem: null, notice: `${before ? `${before} ` : ''}Kept ${fileName} with this call.` });
      return null;
    } catch (error) {
      unsaved = { blob, fileName, takeId };
      // Nobody is left to press "Try again": what was stored is offered back on the call.
      if (disposed) letGo(takeId);
      const problem = `${before ? `${before} ` : ''}The recording was not kept: ${errorMessage(error)}`;
      show({ phase: 'unsaved', problem });
      return problem;
    }
  }

  function stopAndKeep(reason: StopReason): Promise<string | null> {
    if (stopping) return stopping;
    const current = live;
    if (!current) return Promise.resolve(null);
    live = null;
    current.cancelLimit();
    show({ phase: 'saving' });
    stopping = (async () => {
      let blob: Blob;
      try {
        blob = await current.take.stop();
      } finally {
        await current.capture.close();
      }
      // Every piece is written before the take is kept, so keeping it removes them all.
      await current.writer.settled();
      return save(blob, deps.fileNameFor(current.startedAt, blob.type || deps.mimeType), current.takeId, reason);
    })().finally(() => {
      stopping = null;
    });
    return stopping;
  }

  async function begin(systemAudio: boolean): Promise<void> {
    let capture: OpenCapture;
    try {
      capture = await deps.openCapture({ systemAudio });
    } catch (error) {
      const problem = error instanceof CaptureRefused ? error.message : `Recording could not start: ${errorMessage(error)}`;
      show({ phase: 'idle', problem, notice: null });
      return;
    }
    if (disposed) {
      await capture.close(); // the screen went while the microphone was opening
      return;
    }
    const takeId = deps.newTakeId();
    const startedAt = deps.now();
    const mime = deps.mimeType;
    deps.liveTakes.add(takeId);
    const writer = createTakeWriter(
      (bytes, seq) => deps.storePiece({ takeId, seq, bytes, startedAt, mime }),
      (error) => {
        if (view.phase !== 'recording' || live?.takeId !== takeId) return;
        const storageProblem = `The recording is not being saved as it goes: ${errorMessage(error)} It carries on in memory and is kept when you stop it.`;
        show({ ...view, storageProblem });
      },
    );
    try {
      const take = deps.startTake(capture.stream, {
        mimeType: mime,
        onFull: () => void stopAndKeep('full'),
        onFailed: () => void stopAndKeep('failed'),
        onPiece: (piece) => writer.add(piece),
      });
      const cancelLimit = deps.setTimer(maxLiveRecordingSeconds * 1000, () => void stopAndKeep('limit'));
      live = { takeId, capture, take, writer, startedAt, cancelLimit };
      capture.onMicrophoneEnded(() => void stopAndKeep('microphone'));
      const systemAudio = capture.systemAudio;
      show({ phase: 'recording', startedAt: startedAt.getTime(), systemAudio, notice: capture.notice, storageProblem: null });
    } catch (error) {
      letGo(takeId);
      await capture.close();
      show({ phase: 'idle', problem: `Recording could not start: ${errorMessage(error)}`, notice: null });
    }
  }

  return {
    view: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start(systemAudio) {
      if (view.phase !== 'idle' || starting) return starting ?? Promise.resolve();
      show({ phase: 'starting' });
      starting = begin(systemAudio).finally(() => {
        starting = null;
      });
      return starting;
    },
    stop: () => stopAndKeep('user'),
    async retry() {
      if (unsaved && !stopping) await save(unsaved.blob, unsaved.fileName, unsaved.takeId, 'user');
    },
    discard() {
      if (unsaved) dropAndLetGo(unsaved.takeId);
      unsaved = null;
      show({ phase: 'idle', problem: null, notice: 'The recording was discarded.' });
    },
    async finish() {
      if (starting) await starting;
      const problem = live || stopping ? await stopAndKeep('call-saved') : null;
      if (problem !== null || unsaved) {
        return 'its recording is not kept yet. Use “Try again” beside the recording (or discard it), then save the call.';
      }
      return null;
    },
    dispose() {
      if (disposed) return;
      // A take refused earlier goes with the screen: its stored pieces are offered back on the call.
      if (unsaved) letGo(unsaved.takeId);
      void stopAndKeep('left');
      disposed = true;
    },
  };
}
