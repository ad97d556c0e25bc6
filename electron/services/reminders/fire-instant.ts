// Turns an entry's fireAt into the UTC instant it fires at. Local times ("09:00 in
// America/Chicago on 2026-03-09") are resolved here, in main, so the offset in force on that
// very day applies (DST included). Resolution is memoised: a schedule of 10k promises mostly
// shares a few hundred date/time/zone triples, and Intl is the slow part of a sync.
import type { ReminderFireAt } from '../../../shared/reminders/schema';
import { zonedTimeMs } from '../../../shared/dates/zoned-time';

export type FireInstantResolver = (fireAt: ReminderFireAt) => number;

/** Past this many distinct wall times the memo starts over, so it cannot grow without bound. */
const memoLimit = 50_000;

export function createFireInstantResolver(): FireInstantResolver {
  const memo = new Map<string, number>();
  return (fireAt) => {
    if (fireAt.kind === 'instant') return Date.parse(fireAt.at);
    const key = `${fireAt.date} ${fireAt.time} ${fireAt.timeZone}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const [hour, minute] = fireAt.time.split(':').map(Number) as [number, number];
    const ms = zonedTimeMs(fireAt.date, hour, minute, fireAt.timeZone);
    if (memo.size >= memoLimit) memo.clear();
    memo.set(key, ms);
    return ms;
  };
}
