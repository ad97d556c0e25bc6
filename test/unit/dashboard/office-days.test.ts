import { describe, expect, it } from 'vitest';
import { OfficeDays } from '../../../shared/dashboard/office-days';
import { officeDateOf } from '../../../shared/dates/office-time';

/** Every quarter hour (and a minute either side) from a day before the period to a day after it. */
function instantsAround(from: string, to: string): string[] {
  const instants: string[] = [];
  const end = Date.parse(`${to}T00:00:00.000Z`) + 2 * 86_400_000;
  for (let ms = Date.parse(`${from}T00:00:00.000Z`) - 2 * 86_400_000; ms < end; ms += 15 * 60_000) {
    for (const at of [ms - 60_000, ms, ms + 60_000]) instants.push(new Date(at).toISOString());
  }
  return instants;
}

describe('office days', () => {
  const cases = [
    // Daylight saving starts and ends in New York.
    { zone: 'America/New_York', from: '2026-03-06', to: '2026-03-10' },
    { zone: 'America/New_York', from: '2026-10-30', to: '2026-11-03' },
    // Chile moves its clocks at midnight: a day that starts at 01:00.
    { zone: 'America/Santiago', from: '2026-09-04', to: '2026-09-08' },
    // Far from UTC, and on a half and a three-quarter hour.
    { zone: 'Pacific/Kiritimati', from: '2026-06-10', to: '2026-06-12' },
    { zone: 'Asia/Kolkata', from: '2026-06-10', to: '2026-06-12' },
    { zone: 'Asia/Kathmandu', from: '2026-06-10', to: '2026-06-12' },
  ];
  for (const { zone, from, to } of cases) {
    it(`place every instant on the office day it fell on in ${zone} (${from} to ${to})`, () => {
      const days = new OfficeDays({ from, to }, zone);
      for (const instant of instantsAround(from, to)) {
        const date = officeDateOf(instant, zone);
        expect(days.dayOf(instant), instant).toBe(date >= from && date <= to ? date : null);
      }
    });
  }

  it('read instants written without milliseconds the same way', () => {
    const days = new OfficeDays({ from: '2026-06-16', to: '2026-06-17' }, 'America/Chicago');
    expect(days.dayOf('2026-06-17T05:00:00Z')).toBe('2026-06-17');
    expect(days.dayOf('2026-06-17T04:59:59Z')).toBe('2026-06-16');
    expect(days.dayOf('2026-06-16T04:59:59Z')).toBeNull();
    expect(days.dayOf('2026-06-18T05:00:00Z')).toBeNull();
  });
});
