// The instant Today's figures are measured at. The queue leaves out every account outside its
// calling hours (8:00–21:00 in its own zone), and the bench's accounts are in zones from
// Vancouver to London: from 05:00 to 08:00 UTC none of them can be called, Today has no first row
// to wait for, and through the day the queue's size (and so its cost) follows the clock. So
// Today is measured at 17:00 UTC, when every one of those zones is inside its hours in winter and
// summer alike: the next such instant from now, never an earlier one, since what the app stored
// at the real time (the day's facts, their stamp's time) must not lie in the measured future.
import type { BrowserContext } from '@playwright/test';

const benchHourUtc = 17;

export function benchHour(realNow: Date = new Date()): Date {
  const at = new Date(realNow);
  at.setUTCHours(benchHourUtc, 0, 0, 0);
  if (at.getTime() < realNow.getTime()) at.setUTCDate(at.getUTCDate() + 1);
  return at;
}

/** A clock that started at the bench hour now and flows with the real one. */
export function benchClock(realNow: Date = new Date()): () => Date {
  const shift = benchHour(realNow).getTime() - realNow.getTime();
  return () => new Date(Date.now() + shift);
}

/**
 * Has the pages of `context` read `now()` from `Date` (and only from Date): Playwright's clock
 * would also replace `performance`, whose real readings are what the load figures are.
 */
export async function shiftPageDates(context: BrowserContext, now: () => Date): Promise<void> {
  await context.addInitScript((shift: number) => {
    const RealDate = Date;
    class ShiftedDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(RealDate.now() + shift);
        else super(...(args as [string]));
      }

      static override now(): number {
        return RealDate.now() + shift;
      }
    }
    globalThis.Date = ShiftedDate as DateConstructor;
  }, now().getTime() - Date.now());
}
