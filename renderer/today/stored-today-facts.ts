// Today's facts as of now, in the caller's transaction: this window's copy while its basis still
// holds, else the stored facts while their stamp holds (shared/today/stored-facts.ts), else worked
// out from the account digest and stored shortly after for the next window
// (today-facts-store.ts). Every path reads the digest's marks and revisions first, so a write
// from any window, an import or a restore is never missed.
import { digestDirtyKey, digestRevisionsKey, type DigestDirtyList, type DigestRevisions } from '../../shared/account-digest/model';
import { todayIn } from '../../shared/dates/calendar';
import type { Settings } from '../../shared/settings/schema';
import { todayFactsFromDigest } from '../../shared/today/facts-from-digest';
import { unpackTodayFacts, type TodayFactsBody } from '../../shared/today/packed-facts';
import {
  basisHolds,
  storedTodayFactsFormat,
  todayFactsKey,
  todayFactsSettingsKey,
  todayFactsStampKey,
  type StoredTodayFacts,
  type TodayFactsBasis,
  type TodayFactsStamp,
  type TodayFactsWanted,
} from '../../shared/today/stored-facts';
import { currentDigest } from '../account-digest/current-digest';
import { builtAppVersion } from '../platform/app-version';
import type { CallDeskDb } from '../data/db';
import { heldTodayFacts, holdTodayFacts, storeTodayFactsSoon } from './today-facts-store';

/**
 * The stored body under `stamp`, or null when it is missing, another write's, or does not unpack;
 * then the stamp goes too, so the facts worked out instead are stored in their place.
 */
async function readStored(db: CallDeskDb, stamp: TodayFactsStamp, readAlready: { row: unknown } | null): Promise<TodayFactsBody | null> {
  const row = (readAlready ? readAlready.row : await db.digests.get(todayFactsKey)) as StoredTodayFacts | undefined;
  let body: TodayFactsBody | null = null;
  try {
    if (row?.id === stamp.id) body = unpackTodayFacts(row);
  } catch {
    body = null;
  }
  if (!body) await db.digests.delete(todayFactsStampKey);
  return body;
}

/** The facts this window or the store can give without the digest; null when neither holds. */
async function factsWithoutDigest(
  db: CallDeskDb,
  wanted: TodayFactsWanted,
  stamp: TodayFactsStamp | undefined,
  bodyRead: { row: unknown } | null,
): Promise<TodayFactsBody | null> {
  const held = heldTodayFacts(db);
  if (held && basisHolds(held.basis, wanted)) return held.body;
  if (!basisHolds(stamp, wanted)) return null;
  const body = await readStored(db, stamp, bodyRead);
  if (body) holdTodayFacts(db, { basis: stamp, body });
  return body;
}

/**
 * Every account's Today facts and the promises that can ask for a call, as of `now`. Runs inside
 * the caller's read-write transaction, which must include digestTables(db). The facts are shared
 * with later reads: never change them.
 */
export async function currentTodayFacts(
  db: CallDeskDb,
  now: Date,
  settings: Pick<Settings, 'promiseGraceDays' | 'officeTimeZone'>,
): Promise<TodayFactsBody> {
  const officeToday = todayIn(settings.officeTimeZone, now);
  const settingsKey = todayFactsSettingsKey(settings);
  const nowIso = now.toISOString();
  const format = storedTodayFactsFormat(builtAppVersion);
  // A window that holds no facts (one just opened) will most likely use the stored ones: they are
  // asked for in the same read, not in a second one once the stamp is checked.
  const keys = [digestDirtyKey, digestRevisionsKey, todayFactsStampKey];
  const bodyAsked = !heldTodayFacts(db);
  const [dirtyRow, revisionsRow, stampRow, bodyRow] = await db.digests.bulkGet(bodyAsked ? [...keys, todayFactsKey] : keys);
  const dirty = dirtyRow as DigestDirtyList | undefined;
  const revisions = (revisionsRow as DigestRevisions | undefined)?.revisions;
  const unmarked = !dirty || (!dirty.all && dirty.customerIds.length === 0);
  if (unmarked && revisions) {
    const found = await factsWithoutDigest(
      db,
      { format, officeToday, settingsKey, revisions, nowIso },
      stampRow as TodayFactsStamp | undefined,
      bodyAsked ? { row: bodyRow } : null,
    );
    if (found) return found;
  }
  const entries = await currentDigest(db, now);
  const body = todayFactsFromDigest(entries, officeToday, now, settings, heldTodayFacts(db)?.body.ranking);
  // The revisions the digest has now, after any refresh or rebuild above.
  const stored = (await db.digests.get(digestRevisionsKey)) as DigestRevisions | undefined;
  const basis: TodayFactsBasis = {
    format,
    officeToday,
    settingsKey,
    revisions: stored?.revisions ?? [],
    computedAt: nowIso,
  };
  // Should the transaction still fail, these revisions were never stored, so no later read matches them.
  holdTodayFacts(db, { basis, body });
  storeTodayFactsSoon(db, { basis, body });
  return body;
}
