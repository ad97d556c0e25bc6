// The backup files crossing IPC in pieces, by id (see shared/ipc/backup-transfer-contract.ts).
// An id is random and belongs to the window that opened the transfer: another window naming it
// is told the transfer is not open, as for an id that never existed. Each transfer does one step
// at a time. One that fails a step, sits idle too long, or whose window reloads or closes is let
// go: what it holds (a temporary file, an open file) is given back, so nothing is left behind.
import { randomBytes } from 'node:crypto';
import { errorMessage } from '../../../shared/common/error-message';

/** What a transfer holds, and how to give it back. */
export interface Transfer {
  /** Removes its temporary file, closes its files. Called once, when the transfer goes without finishing. */
  discard(): Promise<void>;
}

export interface TransferClock {
  now(): Date;
  /** Calls `fire` at `at` or later; returns a function that cancels it. */
  setTimer(at: Date, fire: () => void): () => void;
}

export interface TransferRegistryOptions {
  clock: TransferClock;
  /** A transfer with no request for this long is let go. */
  idleMs: number;
  /** Transfers one window may have open at once, and all windows together. */
  maxPerCaller: number;
  maxOpen: number;
  warn: (message: string) => void;
  newId?: () => string;
}

export interface TransferRegistry<T extends Transfer> {
  /** Opens a transfer for `callerId`; its id. Refuses when too many are open. */
  open(callerId: string, transfer: T): string;
  /** Runs one step on the caller's transfer, after any step before it; a step that throws lets the transfer go. */
  step<R>(id: string, callerId: string, work: (transfer: T) => Promise<R>): Promise<R>;
  /** Runs the last step; the transfer is let go afterwards (discarded only if the step throws). */
  last<R>(id: string, callerId: string, work: (transfer: T) => Promise<R>): Promise<R>;
  /** Lets the caller's transfer go, discarding it; false when it was not open. */
  drop(id: string, callerId: string): Promise<boolean>;
  /** Lets every transfer of a window go (it reloaded or closed). */
  dropCaller(callerId: string): Promise<void>;
  /** Transfers open now. */
  size(): number;
}

export class TransferNotOpenError extends Error {
  override name = 'TransferNotOpenError';
  constructor() {
    super('Call Desk stopped waiting for this backup file (it was cancelled, or nothing came for too long). Try again.');
  }
}

interface Entry<T> {
  callerId: string;
  transfer: T;
  /** The steps so far, one after another. */
  queue: Promise<unknown>;
  /** Steps asked for and not done; the idle timer runs only when there are none. */
  pending: number;
  open: boolean;
  cancelTimer: (() => void) | null;
}

const newRandomId = () => randomBytes(16).toString('hex');

export function createTransferRegistry<T extends Transfer>(options: TransferRegistryOptions): TransferRegistry<T> {
  const { clock, idleMs, warn, newId = newRandomId } = options;
  const entries = new Map<string, Entry<T>>();

  function stopTimer(entry: Entry<T>): void {
    entry.cancelTimer?.();
    entry.cancelTimer = null;
  }

  function armTimer(id: string, entry: Entry<T>): void {
    stopTimer(entry);
    entry.cancelTimer = clock.setTimer(new Date(clock.now().getTime() + idleMs), () => {
      entry.cancelTimer = null;
      if (!entry.open || entry.pending > 0) return;
      warn('A backup file being copied was let go: nothing came for too long.');
      void close(id, entry, true);
    });
  }

  /** Forgets the entry at once; the discard waits for a step under way. */
  function close(id: string, entry: Entry<T>, discard: boolean): Promise<void> {
    if (!entry.open) return entry.queue.then(() => undefined);
    entry.open = false;
    entries.delete(id);
    stopTimer(entry);
    const closed = entry.queue.then(async () => {
      if (!discard) return;
      try {
        await entry.transfer.discard();
      } catch (error) {
        warn(`A backup file that was not finished could not be cleaned up: ${errorMessage(error)}`);
      }
    });
    entry.queue = closed;
    return closed;
  }

  /** Closes and discards inside a step under way (close() would wait for that very step). */
  async function discardNow(id: string, entry: Entry<T>): Promise<void> {
    if (!entry.open) return;
    entry.open = false;
    entries.delete(id);
    stopTimer(entry);
    try {
      await entry.transfer.discard();
    } catch (error) {
      warn(`A backup file that was not finished could not be cleaned up: ${errorMessage(error)}`);
    }
  }

  function entryOf(id: string, callerId: string): Entry<T> {
    const entry = entries.get(id);
    // Another window's transfer reads exactly like one that does not exist.
    if (!entry || entry.callerId !== callerId) throw new TransferNotOpenError();
    return entry;
  }

  function run<R>(id: string, callerId: string, work: (transfer: T) => Promise<R>, isLast: boolean): Promise<R> {
    let entry: Entry<T>;
    try {
      entry = entryOf(id, callerId);
    } catch (error) {
      return Promise.reject(error);
    }
    entry.pending += 1;
    stopTimer(entry);
    const result = entry.queue.then(async () => {
      if (!entry.open) throw new TransferNotOpenError();
      try {
        return await work(entry.transfer);
      } catch (error) {
        // A step that failed leaves the transfer unusable: what it holds (a temporary file) is
        // given back before the refusal is, so the window never sees it linger.
        await discardNow(id, entry);
        throw error;
      }
    });
    entry.queue = result.then(
      () => {
        entry.pending -= 1;
        if (isLast) void close(id, entry, false);
        else if (entry.open && entry.pending === 0) armTimer(id, entry);
      },
      () => {
        entry.pending -= 1;
        // Discarded already by the step itself (close is a no-op then); this covers a step refused before it ran.
        void close(id, entry, true);
      },
    );
    return result;
  }

  return {
    open(callerId, transfer) {
      const ofCaller = [...entries.values()].filter((entry) => entry.callerId === callerId).length;
      if (ofCaller >= options.maxPerCaller || entries.size >= options.maxOpen) {
        throw new Error('Too many backup files are being copied at once. Wait for them to finish, then try again.');
      }
      const id = newId();
      const entry: Entry<T> = { callerId, transfer, queue: Promise.resolve(), pending: 0, open: true, cancelTimer: null };
      entries.set(id, entry);
      armTimer(id, entry);
      return id;
    },

    step: (id, callerId, work) => run(id, callerId, work, false),

    last: (id, callerId, work) => run(id, callerId, work, true),

    async drop(id, callerId) {
      const entry = entries.get(id);
      if (!entry || entry.callerId !== callerId) return false;
      await close(id, entry, true);
      return true;
    },

    async dropCaller(callerId) {
      const closing = [...entries].filter(([, entry]) => entry.callerId === callerId).map(([id, entry]) => close(id, entry, true));
      await Promise.all(closing);
    },

    size: () => entries.size,
  };
}
