// This window's Today facts, and storing them for the next window. The store waits a moment after
// the facts were worked out: the read that needed them (Today after a call, Next in a calling
// session) is not kept waiting for packing and writing them, and a run of calls writes once.
// Whether stored facts may be used is decided by their readers alone (they check the stamp
// against the digest in their own transaction); the store only skips work that no reader could
// use: facts the digest has moved on from. Losing a write (the window closed first) only costs the
// next window a read of the whole digest.
import { digestDirtyKey, digestRevisionsKey, type DigestDirtyList, type DigestRevisions } from '../../shared/account-digest/model';
import { newId } from '../../shared/common/ids';
import { packTodayFacts, type TodayFactsBody } from '../../shared/today/packed-facts';
import {
  sameRevisions,
  storedIsAsGood,
  todayFactsKey,
  todayFactsStampKey,
  type StoredTodayFacts,
  type TodayFactsBasis,
  type TodayFactsStamp,
} from '../../shared/today/stored-facts';
import type { CallDeskDb } from '../data/db';

export interface HeldTodayFacts {
  basis: TodayFactsBasis;
  /** Shared with every reader: never changed in place. */
  body: TodayFactsBody;
}

/** How long after the facts were worked out they are stored. */
export const storeDelayMs = 2_000;

const heldByDb = new WeakMap<CallDeskDb, HeldTodayFacts>();

interface PendingStore {
  timer: ReturnType<typeof setTimeout> | null;
  facts: HeldTodayFacts;
  running: Promise<void> | null;
}

const pendingByDb = new WeakMap<CallDeskDb, PendingStore>();

export function heldTodayFacts(db: CallDeskDb): HeldTodayFacts | undefined {
  return heldByDb.get(db);
}

export function holdTodayFacts(db: CallDeskDb, facts: HeldTodayFacts): void {
  heldByDb.set(db, facts);
}

/** Forgets this window's copy (as in a window just opened). */
export function forgetHeldTodayFacts(db: CallDeskDb): void {
  heldByDb.delete(db);
}

/** Stores `facts` if the digest still stands where they came from. */
async function store(db: CallDeskDb, facts: HeldTodayFacts): Promise<void> {
  if (!db.isOpen()) return;
  await db.transaction('rw', db.digests, async () => {
    const [dirtyRow, revisionsRow, stampRow] = await db.digests.bulkGet([digestDirtyKey, digestRevisionsKey, todayFactsStampKey]);
    const dirty = dirtyRow as DigestDirtyList | undefined;
    const revisions = (revisionsRow as DigestRevisions | undefined)?.revisions;
    if ((dirty && (dirty.all || dirty.customerIds.length > 0)) || !revisions || !sameRevisions(facts.basis.revisions, revisions)) return;
    // Another window may have stored the same already, or a later day's.
    if (storedIsAsGood(stampRow as TodayFactsStamp | undefined, facts.basis)) return;
    const id = newId();
    const written: TodayFactsStamp = { key: todayFactsStampKey, id, ...facts.basis };
    const row: StoredTodayFacts = { key: todayFactsKey, id, ...packTodayFacts(facts.body) };
    await db.digests.bulkPut([written, row]);
  });
}

function run(db: CallDeskDb, pending: PendingStore): Promise<void> {
  pending.timer = null;
  // A cache: a failed write (the database closed, the disk full) leaves the next window to work
  // the facts out again, and says nothing to the user.
  pending.running ??= store(db, pending.facts)
    .catch(() => undefined)
    .finally(() => {
      if (pendingByDb.get(db) === pending) pendingByDb.delete(db);
    });
  return pending.running;
}

/** Stores `facts` after storeDelayMs, instead of any store still waiting. */
export function storeTodayFactsSoon(db: CallDeskDb, facts: HeldTodayFacts): void {
  const waiting = pendingByDb.get(db);
  if (waiting?.timer) clearTimeout(waiting.timer);
  const pending: PendingStore = { timer: null, facts, running: null };
  pending.timer = setTimeout(() => void run(db, pending), storeDelayMs);
  pendingByDb.set(db, pending);
}

/** Stores the waiting facts now, and waits for any store under way (tests, and the bench). */
export async function storeTodayFactsNow(db: CallDeskDb): Promise<void> {
  const pending = pendingByDb.get(db);
  if (!pending) return;
  if (pending.timer) clearTimeout(pending.timer);
  await run(db, pending);
}
