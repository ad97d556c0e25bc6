// Gathers the Today queue's inputs in one transaction: every account's facts and the promises
// that can ask for a call, kept for the office day beside the account digest
// (stored-today-facts.ts), and the open follow-ups, which are few and read fresh.
import type { TodayAccountFacts, TodayFollowUp, TodayPromise } from '../../shared/today/facts';
import type { TodayRanking } from '../../shared/today/day-ranking';
import type { Settings } from '../../shared/settings/schema';
import { digestTables } from '../account-digest/current-digest';
import type { CallDeskDb } from '../data/db';
import { currentTodayFacts } from './stored-today-facts';

export interface TodayFacts {
  accounts: TodayAccountFacts[];
  followUps: TodayFollowUp[];
  promises: TodayPromise[];
  /** The accounts' ranking for the office day (shared/today/day-ranking.ts). */
  ranking: TodayRanking;
}

export function readTodayFacts(
  db: CallDeskDb,
  now: Date,
  settings: Pick<Settings, 'promiseGraceDays' | 'officeTimeZone'>,
): Promise<TodayFacts> {
  return db.transaction('rw', [...digestTables(db), db.followUps], async () => {
    const [{ accounts, promises, ranking }, openFollowUps] = await Promise.all([
      currentTodayFacts(db, now, settings),
      db.followUps.where('status').equals('open').toArray(),
    ]);
    const followUps = openFollowUps.map((f): TodayFollowUp => ({
      id: f.id,
      customerId: f.customerId,
      kind: f.kind,
      dueAt: f.dueAt,
      note: f.note,
    }));
    return { accounts, followUps, promises, ranking };
  });
}
