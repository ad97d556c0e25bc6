// The account digest as of now: read from its shards, after refreshing the entries of the
// customers written to since the last read, or rebuilt whole when it is missing or of another
// format, everything was marked, or the clock now reads earlier than when an entry was worked out.
import { digestDirtyKey, digestFormat, digestShardCount, digestShardKey, digestShardOf, type AccountDigestEntry, type AccountDigestShard, type DigestDirtyList } from '../../shared/account-digest/model';
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

function shardsOf(entries: readonly AccountDigestEntry[]): AccountDigestShard[] {
  const grouped: AccountDigestEntry[][] = Array.from({ length: digestShardCount }, () => []);
  for (const entry of entries) grouped[digestShardOf(entry.customerId)]?.push(entry);
  return grouped.map((list, shard) => ({ key: digestShardKey(shard), shard, format: digestFormat, entries: list, latestComputedAt: latestOf(list) }));
}

async function rebuild(db: CallDeskDb, now: Date): Promise<AccountDigestEntry[]> {
  const entries = await buildAllEntries(db, now);
  await db.digests.bulkPut(shardsOf(entries));
  await db.digests.delete(digestDirtyKey);
  return entries;
}

async function refresh(db: CallDeskDb, shards: AccountDigestShard[], customerIds: readonly string[], now: Date): Promise<void> {
  const fresh = await Promise.all(customerIds.map((id) => buildEntry(db, id, now)));
  const touched = new Map<number, Map<string, AccountDigestEntry>>();
  customerIds.forEach((id, i) => {
    const shard = digestShardOf(id);
    let entries = touched.get(shard);
    if (!entries) {
      entries = new Map((shards[shard]?.entries ?? []).map((e) => [e.customerId, e]));
      touched.set(shard, entries);
    }
    const entry = fresh[i];
    if (entry) entries.set(id, entry);
    else entries.delete(id);
  });
  const updated = [...touched].map(([shard, entries]): AccountDigestShard => {
    const list = [...entries.values()];
    return { key: digestShardKey(shard), shard, format: digestFormat, entries: list, latestComputedAt: latestOf(list) };
  });
  for (const shard of updated) shards[shard.shard] = shard;
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
  const shards = shardRows as (AccountDigestShard | undefined)[];
  const nowIso = now.toISOString();
  const usable = shards.every((shard) => shard !== undefined && shard.format === digestFormat && shard.latestComputedAt <= nowIso);
  if (!usable || dirty?.all) return rebuild(db, now);
  const complete = shards as AccountDigestShard[];
  if (dirty && dirty.customerIds.length > 0) await refresh(db, complete, dirty.customerIds, now);
  return complete.flatMap((shard) => shard.entries);
}
