// Fast dates and instants for the benchmark generator: calendar dates come from a table and
// instants from plain arithmetic, because Intl per record would dominate 200k+ records.
import { addDays, type CalendarDate } from '../dates/calendar';

const dayMs = 86_400_000;
const pad2 = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

/** Standard-time UTC offsets in hours: close enough for benchmark call times (DST ignored). */
const zoneOffsets: Record<string, number> = {
  'America/New_York': -5,
  'America/Toronto': -5,
  'America/Chicago': -6,
  'America/Denver': -7,
  'America/Phoenix': -7,
  'America/Edmonton': -7,
  'America/Los_Angeles': -8,
  'America/Vancouver': -8,
  'America/Halifax': -4,
  'Europe/London': 0,
};

export class DayClock {
  private readonly dates: CalendarDate[] = [];
  private readonly todayMs: number;
  private readonly nowMs: number;
  /** Past events stop two hours before `now`, leaving room for a call's length and its note. */
  private readonly latestMs: number;

  /** Dates from `back` days ago to `ahead` days ahead are tabled; others are computed. */
  constructor(
    readonly today: CalendarDate,
    now: Date,
    private readonly back = 1600,
    ahead = 120,
  ) {
    for (let offset = -back; offset <= ahead; offset += 1) this.dates.push(addDays(today, offset));
    this.todayMs = Date.parse(`${today}T00:00:00.000Z`);
    this.nowMs = now.getTime();
    this.latestMs = this.nowMs - 2 * 3_600_000;
  }

  date(offset: number): CalendarDate {
    return this.dates[offset + this.back] ?? addDays(this.today, offset);
  }

  /** Milliseconds for local `hour:minute` on the day `offset` from today in the given zone. */
  ms(offset: number, hour: number, minute: number, timeZone: string): number {
    return this.todayMs + offset * dayMs + ((hour - (zoneOffsets[timeZone] ?? 0)) * 60 + minute) * 60_000;
  }

  /** Milliseconds for a past event: as `ms`, but never within two hours of `now`. */
  pastMs(offset: number, hour: number, minute: number, timeZone: string): number {
    return Math.min(this.ms(offset, hour, minute, timeZone), this.latestMs);
  }

  /** A past instant as a UTC ISO string. */
  past(offset: number, hour: number, minute: number, timeZone: string): string {
    return this.iso(this.pastMs(offset, hour, minute, timeZone));
  }

  /** Same as `new Date(ms).toISOString()`, from the date table (much cheaper in bulk). */
  iso(ms: number): string {
    const offset = Math.floor((ms - this.todayMs) / dayMs);
    const rest = ms - this.todayMs - offset * dayMs;
    const seconds = Math.floor(rest / 1000);
    const millis = rest - seconds * 1000;
    const time = `${pad2[Math.floor(seconds / 3600)]}:${pad2[Math.floor(seconds / 60) % 60]}:${pad2[seconds % 60]}`;
    return `${this.date(offset)}T${time}.${String(millis).padStart(3, '0')}Z`;
  }

  isPast(ms: number): boolean {
    return ms <= this.nowMs;
  }
}
