import { describe, expect, it } from 'vitest';
import { defaultContactRuleSettings } from '../../../shared/contact-rules/check-contact-rules';
import { officeDateOf } from '../../../shared/dates/office-time';
import { weekdayOf, daysFromTo } from '../../../shared/today/day-numbers';
import { officeDayReader } from '../../../shared/today/office-days';
import { todayRuleBreaches, todayRulesChecker } from '../../../shared/today/today-rules';
import { account } from './today-fixtures';

describe('office days for many instants', () => {
  it('agrees with officeDateOf across the last weeks, a daylight-saving change included', () => {
    // 2026-11-03 in Chicago: the clocks went back on Sunday 2026-11-01.
    const now = new Date('2026-11-03T15:00:00.000Z');
    for (const zone of ['America/Chicago', 'Europe/London', 'Asia/Kolkata', 'Pacific/Auckland']) {
      const dayOf = officeDayReader(zone, now);
      for (let hours = 0; hours < 40 * 24; hours += 7) {
        const instant = new Date(now.getTime() - hours * 3_600_000).toISOString();
        expect(dayOf(instant), `${zone} ${instant}`).toBe(officeDateOf(instant, zone));
      }
      // Later than today (a follow-up due tomorrow) falls back to the exact answer.
      const tomorrow = new Date(now.getTime() + 30 * 3_600_000).toISOString();
      expect(dayOf(tomorrow)).toBe(officeDateOf(tomorrow, zone));
    }
  });

  it('places an older instant within a day of the exact date', () => {
    const now = new Date('2026-11-03T15:00:00.000Z');
    const dayOf = officeDayReader('America/Chicago', now);
    const old = '2026-06-01T12:00:00.000Z';
    expect(Math.abs(daysFromTo(dayOf(old), officeDateOf(old, 'America/Chicago')))).toBeLessThanOrEqual(1);
  });

  it('counts days and weekdays like the calendar helpers', () => {
    expect(daysFromTo('2026-02-27', '2026-03-02')).toBe(3);
    expect(weekdayOf('2026-06-15')).toBe(1); // a Monday
    expect(weekdayOf('1969-12-28')).toBe(0); // a Sunday before the epoch
  });
});

describe('the contact rules for many accounts at once', () => {
  it('gives each account the same verdict as checking it alone', () => {
    const now = new Date('2026-06-17T13:30:00.000Z'); // 6:30 in Los Angeles, 8:30 in Chicago
    const check = todayRulesChecker(now, defaultContactRuleSettings);
    const accounts = [
      account({ customerId: 'a', kind: 'consumer', timeZone: 'America/Los_Angeles' }),
      account({ customerId: 'b', kind: 'consumer', timeZone: 'America/Los_Angeles', doNotCall: true }),
      account({ customerId: 'c', kind: 'commercial', timeZone: 'America/Los_Angeles' }),
      account({
        customerId: 'd',
        kind: 'consumer',
        timeZone: 'America/Chicago',
        recentAttempts: [{ at: '2026-06-16T15:00:00.000Z', reached: true }],
      }),
      account({ customerId: 'e', kind: 'consumer', timeZone: 'America/Chicago' }),
      // Checked one by one (a call this week) but sharing their zone's calling hours.
      account({
        customerId: 'f',
        kind: 'consumer',
        timeZone: 'America/Los_Angeles',
        recentAttempts: [{ at: '2026-06-16T20:00:00.000Z', reached: false }],
      }),
      account({
        customerId: 'g',
        kind: 'commercial',
        timeZone: 'America/Los_Angeles',
        recentAttempts: [{ at: '2026-06-16T20:00:00.000Z', reached: false }],
      }),
      account({ customerId: 'h', kind: 'consumer', timeZone: 'America/Chicago', ceaseContact: true }),
    ];
    for (const a of accounts) expect(check(a), a.customerId).toEqual(todayRuleBreaches(a, now, defaultContactRuleSettings));
    expect(check(accounts[0]!).map((b) => b.rule)).toEqual(['calling-hours']);
    expect(check(accounts[1]!).map((b) => b.rule)).toEqual(['do-not-call', 'calling-hours']);
    expect(check(accounts[3]!).map((b) => b.rule)).toEqual(['after-conversation']);
    expect(check(accounts[4]!)).toEqual([]);
    expect(check(accounts[5]!).map((b) => b.rule)).toEqual(['calling-hours']);
    expect(check(accounts[6]!).map((b) => b.rule)).toEqual(['calling-hours']);
    expect(check(accounts[6]!)[0]?.until).toBe('2026-06-17T15:00:00.000Z');
    expect(check(accounts[7]!).map((b) => b.rule)).toEqual(['cease-contact']);
  });
});
