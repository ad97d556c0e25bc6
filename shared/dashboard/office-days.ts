// Which office day an instant fell on, for many instants at once. The first instant of each day
// of the period is found once (a few date conversions per day); each instant is then placed by
// comparing numbers, so tens of thousands of calls and promises cost no date formatting each.
import { addDays, type CalendarDate } from '../dates/calendar';
import { officeDateOf } from '../dates/office-time';
import { zonedTimeMs } from '../dates/zoned-time';
import { daysOf, type DatePeriod } from './periods';

const quarterHourMs = 15 * 60_000;

/**
 * The first instant (ms) whose office date is `day` or later. zonedTimeMs gives office midnight;
 * the check around it settles days whose midnight the clocks skip or repeat. Zone offsets are
 * whole quarter hours, so days start on a quarter hour.
 */
function startOf(day: CalendarDate, timeZone: string): number {
  let at = zonedTimeMs(day, 0, 0, timeZone);
  while (officeDateOf(new Date(at), timeZone) < day) at += quarterHourMs;
  while (officeDateOf(new Date(at - quarterHourMs), timeZone) >= day) at -= quarterHourMs;
  return at;
}

export class OfficeDays {
  readonly days: CalendarDate[];
  /** starts[i] is the first instant of days[i]; the last entry is the first instant after the period. */
  private readonly starts: number[];
  /** Anything earlier than this, compared as an ISO string, is before the period in any zone. */
  private readonly roughCut: string;

  constructor(period: DatePeriod, timeZone: string) {
    this.days = daysOf(period);
    this.starts = [...this.days, addDays(period.to, 1)].map((day) => startOf(day, timeZone));
    this.roughCut = new Date(Date.parse(`${period.from}T00:00:00.000Z`) - 86_400_000).toISOString();
  }

  /** The office day of the period an instant (UTC ISO) fell on, or null when outside it. */
  dayOf(instant: string): CalendarDate | null {
    if (instant < this.roughCut) return null;
    const ms = Date.parse(instant);
    const { starts } = this;
    if (!(ms >= starts[0]!) || ms >= starts[starts.length - 1]!) return null;
    let low = 0;
    let high = starts.length - 1;
    // starts[low] <= ms < starts[high]
    while (high - low > 1) {
      const mid = (low + high) >> 1;
      if (starts[mid]! <= ms) low = mid;
      else high = mid;
    }
    return this.days[low]!;
  }
}
