// The one clock: every instant is shown, and every proposed time read, in the office's zone.
// Every call names its zone, so the results cannot depend on the machine's own zone.
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../shared/dates/calendar';
import {
  formatInstant,
  officeDateOf,
  officeInAboutAnHour,
  officeTimeToInstant,
  officeTomorrowAt,
  officeWallClock,
  customerTimeBeside,
} from '../../../shared/dates/office-time';

const newYork = { timeZone: 'America/New_York', locale: 'en-US' };

describe('office time', () => {
  it('gives the office date of an instant, whatever the machine zone says', () => {
    // 23:30 UTC on Nov 1 is Nov 2 in Tokyo and in Berlin, still Nov 1 in New York.
    expect(officeDateOf('2026-11-01T23:30:00Z', newYork.timeZone)).toBe('2026-11-01');
    expect(officeDateOf('2026-11-01T23:30:00Z', 'Asia/Tokyo')).toBe('2026-11-02');
  });

  it('shows an instant in the office zone, one format per context', () => {
    const at = '2026-11-24T19:30:00Z';
    expect(formatInstant(at, newYork)).toBe('Nov 24, 2026, 2:30 PM');
    expect(formatInstant(at, newYork, 'date')).toBe('Nov 24, 2026');
    expect(formatInstant(at, newYork, 'time')).toBe('2:30 PM');
    expect(formatInstant(at, newYork, 'stamp')).toBe('11/24/26, 2:30 PM');
    expect(formatInstant(at, newYork, 'long')).toBe('November 24, 2026 at 2:30 PM');
    expect(formatInstant(at, newYork, 'zoned')).toBe('Nov 24, 2026, 2:30 PM EST');
    expect(formatInstant(at, { timeZone: 'Europe/Berlin', locale: 'de-DE' }, 'stamp')).toBe('24.11.26, 20:30');
    expect(formatInstant(new Date(at), newYork, 'time')).toBe('2:30 PM');
  });

  it('leaves text that is not an instant as it is, and survives an unknown locale', () => {
    expect(formatInstant('not a time', newYork)).toBe('not a time');
    expect(formatInstant('2026-11-24T19:30:00Z', { timeZone: 'America/New_York', locale: 'zz-invalid-locale-tag-!' }, 'time')).toBe(
      '2:30 PM',
    );
  });

  it('reads a wall-clock time as office time across the autumn change (2026-11-01)', () => {
    // 10:00 EDT the day before, 10:00 EST on the day: the UTC hour moves by one.
    expect(officeTimeToInstant('2026-10-31', '10:00', newYork.timeZone)).toBe('2026-10-31T14:00:00.000Z');
    expect(officeTimeToInstant('2026-11-01', '10:00', newYork.timeZone)).toBe('2026-11-01T15:00:00.000Z');
    expect(officeTimeToInstant('2026-11-01', '25:00', newYork.timeZone)).toBeNull();
    expect(officeTimeToInstant('2026-02-30', '10:00', newYork.timeZone)).toBeNull();
    // And back: the same instants read as 10:00 in the office.
    expect(officeWallClock(new Date('2026-11-01T15:00:00Z'), newYork.timeZone)).toEqual({ date: '2026-11-01', time: '10:00' });
  });

  it('reads a wall-clock time as office time across the spring change (2026-03-08)', () => {
    expect(officeTimeToInstant('2026-03-07', '10:00', newYork.timeZone)).toBe('2026-03-07T15:00:00.000Z');
    expect(officeTimeToInstant('2026-03-08', '10:00', newYork.timeZone)).toBe('2026-03-08T14:00:00.000Z');
    expect(formatInstant('2026-03-08T14:00:00Z', newYork, 'zoned')).toBe('Mar 8, 2026, 10:00 AM EDT');
  });

  it('proposes "tomorrow 10:00" on the office calendar, not the machine one', () => {
    // 23:30 in New York on Oct 31 is already Nov 1 in Tokyo (and in UTC).
    const lateEvening = new Date('2026-11-01T03:30:00Z');
    expect(officeTomorrowAt(lateEvening, newYork.timeZone, '10:00')).toEqual({ date: '2026-11-01', time: '10:00' });
    const instant = officeTimeToInstant('2026-11-01', '10:00', newYork.timeZone);
    expect(instant && formatInstant(instant, newYork)).toBe('Nov 1, 2026, 10:00 AM');
  });

  it('proposes a callback "in about an hour" on the office clock, over the change', () => {
    // 01:40 EDT on Nov 1; an hour later the clocks have gone back: 01:45 EST.
    expect(officeInAboutAnHour(new Date('2026-11-01T05:40:00Z'), newYork.timeZone)).toEqual({ date: '2026-11-01', time: '01:45' });
    expect(officeInAboutAnHour(new Date('2026-11-24T19:31:00Z'), newYork.timeZone)).toEqual({ date: '2026-11-24', time: '15:45' });
  });

  it('counts days past due as whole office calendar days', () => {
    // 02:00 UTC on Nov 3 is still Nov 2 in New York: an invoice due Nov 1 is 1 day past due.
    const today = officeDateOf('2026-11-03T02:00:00Z', newYork.timeZone);
    expect(daysBetween('2026-11-01', today)).toBe(1);
  });
});

describe("the customer's time beside the office's", () => {
  it('shows their wall clock with its zone, and nothing when it reads the same', () => {
    expect(customerTimeBeside('2026-11-24T19:30:00Z', 'America/Los_Angeles', newYork)).toBe('11:30 AM PST');
    expect(customerTimeBeside('2026-11-24T19:30:00Z', 'America/New_York', newYork)).toBeNull();
    expect(customerTimeBeside('2026-11-24T19:30:00Z', 'America/Toronto', newYork)).toBeNull();
  });

  it('follows each zone over its own daylight-saving change', () => {
    // Nov 1 2026, 18:00 UTC: 1 PM EST in New York, 10 AM PST in Los Angeles, 7 PM in Berlin.
    expect(customerTimeBeside('2026-11-01T18:00:00Z', 'America/Los_Angeles', newYork)).toBe('10:00 AM PST');
    expect(formatInstant('2026-11-01T18:00:00Z', newYork, 'time')).toBe('1:00 PM');
    // The day before, both still on summer time.
    expect(customerTimeBeside('2026-10-31T18:00:00Z', 'America/Los_Angeles', newYork)).toBe('11:00 AM PDT');
    expect(formatInstant('2026-10-31T18:00:00Z', newYork, 'time')).toBe('2:00 PM');
  });
});
