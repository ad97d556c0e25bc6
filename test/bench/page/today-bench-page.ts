// The Today queue and the dashboard as their screens compute them, on the bench's 10k-account
// database (window.callDeskTodayBench), each beside a floor: the same records read raw, nothing
// computed; and what keeping the account digest costs. Runs inside Chromium on the app's origin.
import { currentDigest, digestTables } from '../../../renderer/account-digest/current-digest';
import { forgetShardCopies } from '../../../renderer/account-digest/digest-memory';
import { forgetHeldTodayFacts, storeTodayFactsNow } from '../../../renderer/today/today-facts-store';
import { digestDirtyKey, digestRevisionsKey } from '../../../shared/account-digest/model';
import { openCallDeskDb } from '../../../renderer/data/db';
import { readDashboardInputs } from '../../../renderer/dashboard/dashboard-inputs';
import { getSettings } from '../../../renderer/settings/settings-repository';
import { readTodayFacts } from '../../../renderer/today/today-facts';
import { computeDashboard } from '../../../shared/dashboard/compute-dashboard';
import { todayIn } from '../../../shared/dates/calendar';
import { buildTodayQueue } from '../../../shared/today/queue';
import { todayFactsKey, todayFactsStampKey } from '../../../shared/today/stored-facts';
import { todayRulesChecker } from '../../../shared/today/today-rules';

const db = openCallDeskDb();

/**
 * The instant Today's figures are measured at, flowing from where the bench set it
 * (test/bench/bench-hour.ts): a working hour in every zone the accounts are in, so the queue
 * holds the same accounts whatever the machine's time of day. The real clock until it is set.
 */
let clockShift = 0;

function benchNow(): Date {
  return new Date(Date.now() + clockShift);
}

function setBenchNow(iso: string): void {
  clockShift = Date.parse(iso) - Date.now();
}

export interface ComputedTimes {
  /** Read and compute, as the screen does. */
  ms: number[];
  /** The computing part alone. */
  computeMs: number[];
  /** The floor: the same rows read raw. */
  floorMs: number[];
  /** What was produced, to show the work was real. */
  size: number;
}

async function timeRounds(
  rounds: number,
  run: () => Promise<{ computeMs: number; size: number }>,
  floor: () => Promise<unknown>,
  prepare: () => Promise<void> = async () => undefined,
): Promise<ComputedTimes> {
  const times: ComputedTimes = { ms: [], computeMs: [], floorMs: [], size: 0 };
  // The first round of each warms the code up and is not kept.
  for (let i = 0; i <= rounds; i++) {
    await prepare();
    const t0 = performance.now();
    const { computeMs, size } = await run();
    const ms = performance.now() - t0;
    const t1 = performance.now();
    await floor();
    const floorMs = performance.now() - t1;
    if (i === 0) continue;
    times.ms.push(ms);
    times.computeMs.push(computeMs);
    times.floorMs.push(floorMs);
    times.size = size;
  }
  return times;
}

/**
 * The queue as the screen builds it. Warm: again in the same window, the facts it worked out or
 * read before reused while the stored stamp still names them (the everyday case: back to Today,
 * Next in a calling session). Cold: as in a window just opened, the day's stored facts read and
 * unpacked. First of the day: a window just opened when no facts are stored for the day yet
 * (the office's first Today, or the first after an import): every shard of the digest read and
 * unpacked, the facts worked out and stored.
 */
async function timeTodayQueue(rounds: number, mode: 'warm' | 'cold' | 'first-of-day' = 'warm'): Promise<ComputedTimes> {
  const settings = await getSettings(db);
  const times = await timeRounds(
    rounds,
    async () => {
      const now = benchNow();
      const facts = await readTodayFacts(db, now, settings);
      const t0 = performance.now();
      const queue = buildTodayQueue({
        ...facts,
        now,
        officeTimeZone: settings.officeTimeZone,
        contactRuleBreaches: todayRulesChecker(now, settings.contactRules),
      });
      return { computeMs: performance.now() - t0, size: queue.rows.length + queue.leftOut.length };
    },
    // The floor: the same records read raw, nothing refreshed or computed. Warm: the digest's
    // marks and revisions, the facts' stamp and the open follow-ups. Cold: those and the stored
    // facts. First of the day: every shard and the open follow-ups.
    () =>
      db.transaction('r', [db.digests, db.followUps], () =>
        Promise.all([
          mode === 'first-of-day'
            ? db.digests.toArray()
            : db.digests.bulkGet([digestRevisionsKey, digestDirtyKey, todayFactsStampKey, ...(mode === 'cold' ? [todayFactsKey] : [])]),
          db.followUps.where('status').equals('open').toArray(),
        ]),
      ),
    // Untimed: the facts worked out by the round before are stored, as they are a moment after a
    // build; then the window forgets what it holds, and for the first of the day, the store too.
    async () => {
      await storeTodayFactsNow(db);
      if (mode === 'warm') return;
      forgetShardCopies(db);
      forgetHeldTodayFacts(db);
      if (mode === 'first-of-day') await db.digests.bulkDelete([todayFactsStampKey, todayFactsKey]);
    },
  );
  // Nothing left writing while the next figure is measured.
  await storeTodayFactsNow(db);
  return times;
}

/** What keeping the digest costs: a full rebuild (after an import or a restore), and the refresh after one call. */
async function timeDigestUpkeep(rounds: number): Promise<{ rebuildMs: number[]; afterOneWriteMs: number[] }> {
  const settings = await getSettings(db);
  const rebuildMs: number[] = [];
  const afterOneWriteMs: number[] = [];
  const customers = await db.customers.limit(rounds).toArray();
  for (let i = 0; i < rounds; i += 1) {
    // One customer written to, as closing a call does (its row is stored again).
    const customer = customers[i % customers.length]!;
    await db.customers.put({ ...customer });
    let t0 = performance.now();
    await readTodayFacts(db, benchNow(), settings);
    afterOneWriteMs.push(performance.now() - t0);
    await storeTodayFactsNow(db);
    await db.digests.clear();
    t0 = performance.now();
    await readTodayFacts(db, benchNow(), settings);
    rebuildMs.push(performance.now() - t0);
    await storeTodayFactsNow(db);
  }
  return { rebuildMs, afterOneWriteMs };
}

/** The dashboard as the screen computes it, warm or cold as timeTodayQueue. */
async function timeDashboard(rounds: number, mode: 'warm' | 'cold' = 'warm'): Promise<ComputedTimes> {
  const settings = await getSettings(db);
  return timeRounds(
    rounds,
    async () => {
      if (mode === 'cold') forgetShardCopies(db);
      const inputs = await readDashboardInputs(db, todayIn(settings.officeTimeZone, benchNow()), settings);
      const t0 = performance.now();
      const dashboard = computeDashboard(inputs);
      return { computeMs: performance.now() - t0, size: dashboard.receivables.length };
    },
    // The floor: the same records read raw (everything comes from the digest). Warm: its
    // revisions and marks. Cold: every shard.
    () =>
      db.transaction('r', db.digests, () =>
        mode === 'cold' ? db.digests.toArray() : db.digests.bulkGet([digestRevisionsKey, digestDirtyKey]),
      ),
  );
}

declare global {
  interface Window {
    callDeskTodayBench: {
      timeTodayQueue: typeof timeTodayQueue;
      timeDashboard: typeof timeDashboard;
      timeDigestUpkeep: typeof timeDigestUpkeep;
      timeTodayStages: typeof timeTodayStages;
      setBenchNow: typeof setBenchNow;
    };
  }
}

window.callDeskTodayBench = { timeTodayQueue, timeDashboard, timeDigestUpkeep, timeTodayStages, setBenchNow };

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Where the queue's and the dashboard's reads go: each alone (medians of `rounds`), for the bench's context. */
async function timeTodayStages(rounds: number): Promise<Record<string, number>> {
  const now = benchNow();
  const times: Record<string, number[]> = {};
  const time = async (name: string, run: () => Promise<unknown>) => {
    const t0 = performance.now();
    await run();
    (times[name] ??= []).push(performance.now() - t0);
  };
  for (let i = 0; i <= rounds; i += 1) {
    await time('digest shards', () => db.digests.toArray());
    await time('digest shards, unpacked', () =>
      db.transaction('rw', digestTables(db), () => {
        forgetShardCopies(db);
        return currentDigest(db, now);
      }),
    );
    await time('digest, as kept in the window', () => db.transaction('rw', digestTables(db), () => currentDigest(db, now)));
    await time("today's stored facts", () => db.digests.get(todayFactsKey));
    await time('open follow-ups', () => db.followUps.where('status').equals('open').toArray());
  }
  return Object.fromEntries(Object.entries(times).map(([name, list]) => [name, Math.round(median(list.slice(1)) * 10) / 10]));
}
