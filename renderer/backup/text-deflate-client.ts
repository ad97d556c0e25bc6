// Deflaters that send a table's text to the deflate worker (text-deflate.worker.ts) piece by
// piece; only the deflated bytes come back (handed over, not copied). Where no worker can be
// started (Node in the unit tests, or a browser that refuses one) there are none, and the caller
// deflates itself.
import type { DeflatedText, TextDeflater } from '../../shared/backup/table-encoder';
import type { TextDeflated, TextPiece } from './text-deflate-protocol';

export interface DeflateWorker {
  deflater(): TextDeflater;
  /** Stops the worker; texts not yet answered are refused. */
  close(): void;
}

/** The messages a deflate worker sends and takes: a real Worker's, or a test's stand-in. */
export interface DeflatePort {
  post(piece: TextPiece): void;
  onReply(handle: (reply: TextDeflated) => void): void;
  onFailure(handle: (message: string) => void): void;
  terminate(): void;
}

export function startDeflateWorker(): DeflateWorker | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./text-deflate.worker.ts', import.meta.url), { type: 'module', name: 'Call Desk backup deflate' });
  } catch {
    return null;
  }
  return deflateWorkerOver({
    post: (piece) => worker.postMessage(piece),
    onReply: (handle) => (worker.onmessage = (event: MessageEvent<TextDeflated>) => handle(event.data)),
    onFailure: (handle) => (worker.onerror = (event) => handle(event.message || 'The deflate worker stopped.')),
    terminate: () => worker.terminate(),
  });
}

/**
 * How long a text's last piece may wait for its answer. Deflating takes seconds for a hundred
 * megabytes; a worker silent for this long is taken as gone, and the copy is then encoded from
 * the rows instead (see stored-for-plan.ts), so an import never waits on it for ever.
 */
export const deflateAnswerMs = 60_000;

export function deflateWorkerOver(port: DeflatePort, answerMs = deflateAnswerMs): DeflateWorker {
  const waiting = new Map<number, { resolve(result: DeflatedText): void; reject(error: Error): void }>();
  let stopped: string | null = null;
  let nextId = 1;
  const refuseAll = (message: string) => {
    stopped ??= message;
    for (const { reject } of waiting.values()) reject(new Error(message));
    waiting.clear();
  };
  port.onReply((reply) => {
    const text = waiting.get(reply.id);
    if (!text) return;
    waiting.delete(reply.id);
    if (reply.ok) text.resolve(reply.result);
    else text.reject(new Error(reply.message));
  });
  port.onFailure(refuseAll);
  return {
    deflater() {
      const id = nextId++;
      const result = new Promise<DeflatedText>((resolve, reject) => waiting.set(id, { resolve, reject }));
      result.catch(() => {}); // reported by done()
      let final = false;
      /** Refuses a piece after the last, or once the worker stopped. */
      const canTake = () => {
        if (final) throw new Error('This text was already finished.');
        if (stopped) throw new Error(stopped);
      };
      return {
        push(text, last) {
          canTake();
          final = last;
          port.post({ id, text, final: last });
        },
        pushPacked(table, rows, first) {
          canTake();
          port.post({ id, packed: { table, rows, first }, final: false });
        },
        done() {
          if (!final) return Promise.reject(new Error('This text is not finished yet.'));
          let timer: ReturnType<typeof setTimeout> | undefined;
          const silent = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error('The deflate worker did not answer.')), answerMs);
          });
          return Promise.race([result, silent]).finally(() => clearTimeout(timer));
        },
      };
    },
    close() {
      refuseAll('The deflate worker was stopped.');
      port.terminate();
    },
  };
}
