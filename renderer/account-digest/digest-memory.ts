// The shards this window has unpacked, kept with the revision they were read at. Rebuilding
// Today's queue after every call would otherwise read and unpack all 10,000 entries again when
// one account changed. A copy is used only while the shard's stored revision (read in the same
// transaction) is still the one it was unpacked from, so a write from any window, a restore or
// an import is never missed: their revisions differ, or the revisions are gone and all is read.
import type { AccountDigestEntry } from '../../shared/account-digest/model';
import type { CallDeskDb } from '../data/db';

export interface ShardCopy {
  revision: string;
  latestComputedAt: string;
  /** Shared with every reader: never changed in place. */
  entries: readonly AccountDigestEntry[];
}

const copiesByDb = new WeakMap<CallDeskDb, Map<number, ShardCopy>>();

export function shardCopies(db: CallDeskDb): Map<number, ShardCopy> {
  let copies = copiesByDb.get(db);
  if (!copies) {
    copies = new Map();
    copiesByDb.set(db, copies);
  }
  return copies;
}

/** Forgets every copy (the digest was read whole and is about to be replaced). */
export function forgetShardCopies(db: CallDeskDb): void {
  copiesByDb.delete(db);
}
