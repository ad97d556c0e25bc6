// The account digest as of now: read from its shards, after refreshing the entries of the
// customers written to since the last read, or rebuilt whole when it is missing or of another
// format, everything was marked, or the clock now reads earlier than when an entry was worked out.
// Shards this window unpacked before and that nobody has rewritten since are not read again
// (digest-memory.ts).
import {
  digestDirtyKey,
  digestFormat,
  digestRevisionsKey,
  digestShardCount,
  digestShardKey,
  digestShardOf,
  type AccountDigestEntry,
  type AccountDigestShard,
  type DigestDirtyList,
  type DigestRevisions,
} from '../../shared/account-digest/model';
import { packEntries, unpackEntries } from '../../shared/account-digest/packed';
import { newId } from '../../shared/common/ids';
import type { CallDeskDb } from '../data/db';
import { buildAllEntries, buildEntry } from './digest-build';
import { forgetShardCopies, shardCopies, type ShardCopy } from './digest-memory';

const shardNumbers = Array.from({ length: digestShardCount }, (_, shard) => shard);

/** The tables a digest read needs in its (read-write) transaction. */
export function digestTables(db: CallDeskDb) {
  return [db.digests, db.customers, db.invoices, db.disputes, db.promises, db.payments, db.calls];
}

function latestOf(entries: readonly AccountDigestEntry[]): string {
  let latest = '';
  for (const entry of entries) if (entry.computedAt > latest) latest = entry.computedAt;
  return latest;
}

/** The shards' entries as they now stand, by shard number. */
type Shards = (readonly AccountDigestEntry[])[];

/**
 * Writes the given shards (by number) with new revisions, and the revisions of all: `current`
 * holds the revision each shard has now. The window's copies follow once written.
 */
async function writeShards(db: CallDeskDb, changed: Map<number, readonly AccountDigestEntry[]>, current: string[]): Promise<void> {
  const revisions = [...current];
  const rows: AccountDigestShard[] = [];
  const copies = new Map<number, ShardCopy>();
  for (const [shard, entries] of changed) {
    const revision = newId();
    const latestComputedAt = latestOf(entries);
    revisions[shard] = revision;
    rows.push({ key: digestShardKey(shard), shard, format: digestFormat, latestComputedAt, ...packEntries(entries) });
    copies.set(shard, { revision, latestComputedAt, entries });
  }
  const revisionsRow: DigestRevisions = { key: digestRevisionsKey, revisions };
  await db.digests.bulkPut([...rows, revisionsRow]);
  await db.digests.delete(digestDirtyKey);
  // Should the transaction still fail, these revisions were never stored, so no read matches them.
  const held = shardCopies(db);
  for (const [shard, copy] of copies) held.set(shard, copy);
}

async function rebuild(db: CallDeskDb, now: Date): Promise<AccountDigestEntry[]> {
  forgetShardCopies(db);
  const entries = await buildAllEntries(db, now);
  // Shards of an earlier layout may be keyed where no shard is now.
  await db.digests.clear();
  const grouped = new Map<number, AccountDigestEntry[]>(shardNumbers.map((shard) => [shard, []]));
  for (const entry of entries) grouped.get(digestShardOf(entry.customerId))?.push(entry);
  await writeShards(
    db,
    grouped,
    shardNumbers.map(() => ''),
  );
  return entries;
}

/** Works out the marked customers' entries again and rewrites the shards they live in; `shards` is updated in place. */
async function refresh(db: CallDeskDb, shards: Shards, revisions: string[], customerIds: readonly string[], now: Date): Promise<void> {
  const fresh = await Promise.all(customerIds.map((id) => buildEntry(db, id, now)));
  const touched = new Map<number, Map<string, AccountDigestEntry>>();
  customerIds.forEach((id, i) => {
    const shard = digestShardOf(id);
    let entries = touched.get(shard);
    if (!entries) {
      entries = new Map((shards[shard] ?? []).map((e) => [e.customerId, e]));
      touched.set(shard, entries);
    }
    const entry = fresh[i];
    if (entry) entries.set(id, entry);
    else entries.delete(id);
  });
  const changed = new Map<number, readonly AccountDigestEntry[]>();
  for (const [shard, entries] of touched) {
    const list = [...entries.values()];
    shards[shard] = list;
    changed.set(shard, list);
  }
  await writeShards(db, changed, revisions);
}

/** A stored shard's entries; null when it does not unpack (it is rebuilt rather than stop Today). */
function unpackedOrNull(row: AccountDigestShard): AccountDigestEntry[] | null {
  try {
    return unpackEntries(row);
  } catch {
    return null;
  }
}

/** The stored shards, each from this window's copy where its revision is unchanged; null when the digest must be rebuilt. */
async function readShards(db: CallDeskDb, revisions: string[], nowIso: string): Promise<Shards | null> {
  const held = shardCopies(db);
  const shards: Shards = [];
  const toRead: number[] = [];
  for (const shard of shardNumbers) {
    const copy = held.get(shard);
    if (copy && copy.revision === revisions[shard]) {
      // Entries worked out "later" than now (the clock was set back) may lack calls that count now.
      if (copy.latestComputedAt > nowIso) return null;
      shards[shard] = copy.entries;
    } else toRead.push(shard);
  }
  if (toRead.length === 0) return shards;
  const rows = (await db.digests.bulkGet(toRead.map(digestShardKey))) as (AccountDigestShard | undefined)[];
  for (const [i, row] of rows.entries()) {
    const shard = toRead[i]!;
    const revision = revisions[shard];
    if (!row || row.format !== digestFormat || !revision || row.latestComputedAt > nowIso) return null;
    const entries = unpackedOrNull(row);
    if (!entries) return null;
    shards[shard] = entries;
    held.set(shard, { revision, latestComputedAt: row.latestComputedAt, entries });
  }
  return shards;
}

/**
 * Every account's entry, current as of `now`. Runs inside the caller's read-write transaction,
 * which must include digestTables(db). The entries are shared with later reads: never change them.
 */
export async function currentDigest(db: CallDeskDb, now: Date): Promise<AccountDigestEntry[]> {
  const [dirtyRow, revisionsRow] = await db.digests.bulkGet([digestDirtyKey, digestRevisionsKey]);
  const dirty = dirtyRow as DigestDirtyList | undefined;
  const revisions = (revisionsRow as DigestRevisions | undefined)?.revisions ?? null;
  // No revisions: a digest of an earlier format, or none yet.
  if (dirty?.all || !revisions || revisions.length !== digestShardCount) return rebuild(db, now);
  const shards = await readShards(db, revisions, now.toISOString());
  if (!shards) return rebuild(db, now);
  if (dirty && dirty.customerIds.length > 0) await refresh(db, shards, revisions, dirty.customerIds, now);
  return shards.flat();
}
