import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from '../../../shared/dates/calendar';
import { localTimeIn } from '../../../shared/dates/time-zones';

// The formatters are kept between calls: each zone, locale and style must still get its own.
describe('reused date formatters', () => {
  const instant = new Date('2026-11-22T03:30:00Z');

  it('gives each zone and locale its own local time, whatever was asked before', () => {
    const chicago = localTimeIn('America/Chicago', instant);
    const london = localTimeIn('Europe/London', instant, 'en-GB');
    expect(chicago).toEqual({ time: '9:30 PM', weekday: 'Sat', hour: 21, zoneName: 'CST' });
    expect(london).toEqual({ time: '3:30', weekday: 'Sun', hour: 3, zoneName: 'GMT' });
    expect(localTimeIn('America/Chicago', instant)).toEqual(chicago);
  });

  it('formats a calendar date in each locale and style asked for', () => {
    expect(formatCalendarDate('2026-03-09', 'en-US')).toBe('Mar 9, 2026');
    expect(formatCalendarDate('2026-03-09', 'en-GB')).toBe('9 Mar 2026');
    expect(formatCalendarDate('2026-03-09', 'en-US', 'long')).toBe('March 9, 2026');
    expect(formatCalendarDate('2026-12-31', 'en-US')).toBe('Dec 31, 2026');
  });
});
