// Calls made and calls that reached someone, per office day. A call counts once its outcome is
// recorded (a call still in progress has no result yet); "reached" is the same list of results
// the rest of the app reads as having spoken to the customer.
import { reachedResults } from '../calls/schema';
import type { CallDay, CallFigures, DashboardCall } from './model';
import type { OfficeDays } from './office-days';
import type { DatePeriod } from './periods';

/** `officeDays` must cover the period (it may cover more). */
export function callsPerDay(calls: readonly DashboardCall[], period: DatePeriod, officeDays: OfficeDays): CallFigures {
  const days: CallDay[] = officeDays.days
    .filter((date) => date >= period.from && date <= period.to)
    .map((date) => ({ date, made: 0, reached: 0 }));
  const byDate = new Map(days.map((day) => [day.date, day]));
  let made = 0;
  let reached = 0;
  for (const call of calls) {
    if (call.status !== 'closed' || call.result === null) continue;
    const date = officeDays.dayOf(call.startedAt);
    const day = date === null ? undefined : byDate.get(date);
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
