// The account digest as of now: read from its shards, after refreshing the entries of the
// customers written to since the last read, or rebuilt whole when it is missing or of another
// format, everything was marked, or the clock now reads earlier than when an entry was worked out.
import {
  digestDirtyKey,
  digestFormat,
  digestShardCount,
  digestShardKey,
  digestShardOf,
  type AccountDigestEntry,
  type AccountDigestShard,
  type DigestDirtyList,
} from '../../shared/account-digest/model';
import { packEntry, unpackEntry } from '../../shared/account-digest/packed';
import type { CallDeskDb } from '../data/db';
import { buildAllEntries, buildEntry } from './digest-build';

const shardKeys = Array.from({ length: digestShardCount }, (_, shard) => digestShardKey(shard));

/** The tables a digest read needs in its (read-write) transaction. */
export function digestTables(db: CallDeskDb) {
  return [db.digests, db.customers, db.invoices, db.disputes, db.promises, db.calls];
}

function latestOf(entries: readonly AccountDigestEntry[]): string {
  let latest = '';
  for (const entry of entries) if (entry.computedAt > latest) latest = entry.computedAt;
  return latest;
}

/** A shard's entries as stored (packed, see shared/account-digest/packed.ts). */
function storedShard(shard: number, entries: readonly AccountDigestEntry[]): AccountDigestShard {
  return { key: digestShardKey(shard), shard, format: digestFormat, entries: entries.map(packEntry), latestComputedAt: latestOf(entries) };
}

function shardsOf(entries: readonly AccountDigestEntry[]): AccountDigestShard[] {
  const grouped: AccountDigestEntry[][] = Array.from({ length: digestShardCount }, () => []);
  for (const entry of entries) grouped[digestShardOf(entry.customerId)]?.push(entry);
  return grouped.map((list, shard) => storedShard(shard, list));
}

async function rebuild(db: CallDeskDb, now: Date): Promise<AccountDigestEntry[]> {
  const entries = await buildAllEntries(db, now);
  await db.digests.bulkPut(shardsOf(entries));
  await db.digests.delete(digestDirtyKey);
  return entries;
}

/** Works out the marked customers' entries again and rewrites the shards they live in; `shards` (by number) is updated in place. */
async function refresh(db: CallDeskDb, shards: AccountDigestEntry[][], customerIds: readonly string[], now: Date): Promise<void> {
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
  const updated = [...touched].map(([shard, entries]) => {
    const list = [...entries.values()];
    shards[shard] = list;
    return storedShard(shard, list);
  });
  await db.digests.bulkPut(updated);
  await db.digests.delete(digestDirtyKey);
}

/**
 * Every account's entry, current as of `now`. Runs inside the caller's read-write transaction,
 * which must include digestTables(db).
 */
export async function currentDigest(db: CallDeskDb, now: Date): Promise<AccountDigestEntry[]> {
  const [dirtyRow, ...shardRows] = await db.digests.bulkGet([digestDirtyKey, ...shardKeys]);
  const dirty = dirtyRow as DigestDirtyList | undefined;
  const stored = shardRows as (AccountDigestShard | undefined)[];
  const nowIso = now.toISOString();
  const usable = stored.every((shard) => shard !== undefined && shard.format === digestFormat && shard.latestComputedAt <= nowIso);
  if (!usable || dirty?.all) return rebuild(db, now);
  const shards = (stored as AccountDigestShard[]).map((shard) => shard.entries.map(unpackEntry));
  if (dirty && dirty.customerIds.length > 0) await refresh(db, shards, dirty.customerIds, now);
  return shards.flat();
}
