// Calls made and calls that reached someone, per office day. A call counts once its outcome is
// recorded (a call still in progress has no result yet); "reached" is the same list of results
// the rest of the app reads as having spoken to the customer.
import { reachedResults } from '../calls/schema';
import { officeDateOf } from '../dates/office-time';
import type { CallDay, CallFigures, DashboardCall } from './model';
import { daysOf, isInPeriod, type DatePeriod } from './periods';

export function callsPerDay(calls: readonly DashboardCall[], period: DatePeriod, officeTimeZone: string): CallFigures {
  const days: CallDay[] = daysOf(period).map((date) => ({ date, made: 0, reached: 0 }));
  const byDate = new Map(days.map((day) => [day.date, day]));
  // As with promises: a call started more than a day before the period's first day (UTC) cannot
  // fall in it in any zone, so most old calls are skipped without a date conversion.
  const roughCut = new Date(Date.parse(`${period.from}T00:00:00.000Z`) - 86_400_000).toISOString();
  let made = 0;
  let reached = 0;
  for (const call of calls) {
    if (call.status !== 'closed' || call.result === null || call.startedAt < roughCut) continue;
    const date = officeDateOf(call.startedAt, officeTimeZone);
    if (!isInPeriod(date, period)) continue;
    const day = byDate.get(date);
    if (!day) continue;
    day.made += 1;
    made += 1;
    if (reachedResults.has(call.result)) {
      day.reached += 1;
      reached += 1;
    }
  }
  return { period, days, made, reached };
}
