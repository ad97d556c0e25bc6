// The import session's safety copy (see import-session.ts): made from the rows the plan read while
// the user reads the preview, taken by the apply that writes alongside it, handed to the window
// once the apply finds it current, and the apply's wait, uncommitted, for the window to say main
// saved it.
import type { BackupMeta, OnMomentRead, TablesReadAt } from '../backup/encode-database';
import type { ImportWorkerResponse, SafetyCopySavedNotice } from './import-worker-protocol';
import { SafetyCopyFailedError, SafetyCopyNotMadeError } from './stale-plan-error';
import { tablesForCopy, type StoredRowsAt } from './stored-for-plan';
import { errorMessage } from '../../shared/common/error-message';
import { ownBuffer } from '../../shared/common/own-buffer';

/** Makes the copy's file, telling `onMomentRead` the change stamp it holds once the database gave all of it. */
export type EncodeSafetyCopy = (
  databaseName: string,
  meta: BackupMeta,
  known: TablesReadAt | null,
  onMomentRead: OnMomentRead,
) => Promise<{ bytes: Uint8Array; changeStamp: string | null }>;

/** A copy taken by an apply: the change stamp it holds, and its file to come. */
export interface TakenCopy {
  changeStamp: string | null;
  bytes: Promise<{ bytes: Uint8Array }>;
}

const noop = () => {};

/** `encode` absent: no copy is ever made, and every apply has the window make one. */
export function createSessionCopies(post: (response: ImportWorkerResponse) => void, encode: EncodeSafetyCopy | undefined) {
  /** The copy being made for the last preview: `moment` gives its change stamp once read, `bytes` the file. */
  let copy: {
    planId: string;
    readAtStamp: string | null;
    moment: Promise<string | null>;
    bytes: Promise<{ bytes: Uint8Array; changeStamp: string | null }>;
  } | null = null;
  /** The apply waiting, uncommitted, for the window to say its copy is saved. */
  let waiting: { planId: string; saved: () => void; failed: (error: Error) => void } | null = null;

  return {
    /**
     * Starts the copy once the preview is on its way: the user reads the preview meanwhile. A
     * copy already made at the same stamp (the user changed an option and previewed again) stays.
     */
    start(databaseName: string, planId: string, readAt: StoredRowsAt | undefined, meta: BackupMeta): void {
      if (!encode) return;
      if (readAt && copy && copy.readAtStamp === readAt.changeStamp) {
        copy = { ...copy, planId };
        return;
      }
      let momentRead!: OnMomentRead;
      const moment = new Promise<string | null>((resolve) => (momentRead = resolve));
      // After the current task, so the preview's reply goes out before the copy's work starts.
      const bytes = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() =>
        encode(databaseName, meta, readAt ? tablesForCopy(readAt) : null, momentRead),
      );
      bytes.catch(noop); // reported to the apply that takes it
      // Known as soon as the database gave it, or at the latest with the file; a copy that failed
      // first never has one.
      const read = Promise.race([moment, bytes.then((made) => made.changeStamp)]);
      read.catch(noop);
      copy = { planId, readAtStamp: readAt?.changeStamp ?? null, moment: read, bytes };
    },

    /**
     * The copy made for `planId`, taken (its file is handed over once); null when there is none,
     * or it failed before the database gave its moment.
     */
    async take(planId: string): Promise<TakenCopy | null> {
      const made = copy;
      if (!made || made.planId !== planId) return null;
      copy = null;
      try {
        return { changeStamp: await made.moment, bytes: made.bytes };
      } catch {
        return null;
      }
    },

    /**
     * Posts the copy's file to the window as it is ready; the promise settles when the window
     * says main saved it (or the copy failed), and the apply commits only once it resolves.
     */
    handOver(planId: string, taken: TakenCopy): Promise<void> {
      const saved = new Promise<void>((resolve, reject) => (waiting = { planId, saved: resolve, failed: reject }));
      saved.catch(noop); // awaited by the apply once it has written everything
      taken.bytes.then(
        (made) => post({ kind: 'safety-copy', bytes: ownBuffer(made.bytes), changeStamp: taken.changeStamp }),
        (error: unknown) => waiting?.failed(new SafetyCopyNotMadeError(`The safety copy could not be made: ${errorMessage(error)}`)),
      );
      return saved;
    },

    /** The window's notice: the copy handed over for `planId` was saved, or why not. */
    saved(notice: SafetyCopySavedNotice): void {
      const apply = waiting;
      if (!apply || apply.planId !== notice.planId) return;
      waiting = null;
      if (notice.failure === null) apply.saved();
      else apply.failed(new SafetyCopyFailedError(notice.failure));
    },

    /** The apply ended: a notice that comes later is for no one. */
    forgetWaiting(): void {
      waiting = null;
    },
  };
}
