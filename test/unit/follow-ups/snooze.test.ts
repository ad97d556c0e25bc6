import { describe, expect, it } from 'vitest';
import { inOneHour, officeDateTime, toOfficeDateTimeValue, tomorrowAt } from '../../../shared/follow-ups/snooze';

const zone = 'America/Chicago';

describe('snooze times', () => {
  it('is an hour from now', () => {
    expect(inOneHour(new Date('2026-11-23T15:10:00.000Z')).toISOString()).toBe('2026-11-23T16:10:00.000Z');
  });

  it('is tomorrow morning by the office calendar and clock', () => {
    // 23:30 on the 23rd in Chicago is already the 24th in UTC: tomorrow is still the 24th.
    expect(tomorrowAt(new Date('2026-11-24T05:30:00.000Z'), zone).toISOString()).toBe('2026-11-24T15:00:00.000Z');
    // Across the end of daylight saving (Nov 1, 2026): 09:00 CST is 15:00 UTC, the day before 14:00 UTC.
    expect(tomorrowAt(new Date('2026-10-31T17:00:00.000Z'), zone).toISOString()).toBe('2026-11-01T15:00:00.000Z');
    expect(tomorrowAt(new Date('2026-10-30T17:00:00.000Z'), zone, '09:00').toISOString()).toBe('2026-10-31T14:00:00.000Z');
  });

  it('reads a picked date and time as office time, and round-trips it', () => {
    const at = officeDateTime('2026-11-25T16:45', zone);
    expect(at?.toISOString()).toBe('2026-11-25T22:45:00.000Z');
    expect(toOfficeDateTimeValue(at!, zone)).toBe('2026-11-25T16:45');
    expect(officeDateTime('2026-02-30T10:00', zone)).toBeNull();
    expect(officeDateTime('tomorrow', zone)).toBeNull();
    expect(officeDateTime('', zone)).toBeNull();
  });
});
