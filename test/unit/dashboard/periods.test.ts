import { describe, expect, it } from 'vitest';
import { daysOf, firstDayOfWeekFor, lastDays, monthSoFar, nextDays, weekSoFar } from '../../../shared/dashboard/periods';

describe('dashboard periods', () => {
  it('start the week on the day the office counts as first', () => {
    // 2026-06-17 is a Wednesday.
    expect(weekSoFar('2026-06-17', 0)).toEqual({ from: '2026-06-14', to: '2026-06-17' });
    expect(weekSoFar('2026-06-17', 1)).toEqual({ from: '2026-06-15', to: '2026-06-17' });
    expect(weekSoFar('2026-06-14', 0)).toEqual({ from: '2026-06-14', to: '2026-06-14' });
    expect(weekSoFar('2026-06-14', 1)).toEqual({ from: '2026-06-08', to: '2026-06-14' });
    // Across a month and a year end.
    expect(weekSoFar('2027-01-01', 1)).toEqual({ from: '2026-12-28', to: '2027-01-01' });
  });

  it('take the month from its first day and windows with today included', () => {
    expect(monthSoFar('2026-06-17')).toEqual({ from: '2026-06-01', to: '2026-06-17' });
    expect(lastDays('2026-03-01', 30)).toEqual({ from: '2026-01-31', to: '2026-03-01' });
    expect(nextDays('2026-12-29', 7)).toEqual({ from: '2026-12-29', to: '2027-01-04' });
    expect(daysOf(lastDays('2026-06-17', 14))).toHaveLength(14);
    expect(daysOf({ from: '2026-02-27', to: '2026-03-02' })).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });

  it('read the first day of the week from the locale', () => {
    expect(firstDayOfWeekFor('en-US')).toBe(0);
    expect(firstDayOfWeekFor('en-GB')).toBe(1);
    expect(firstDayOfWeekFor('de-DE')).toBe(1);
    expect(firstDayOfWeekFor('not a locale')).toBe(1);
  });
});
