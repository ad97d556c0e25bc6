// A year of promises for 10k accounts: the next due is right and one timer is armed. (Speed is
// measured by the bench, not asserted here.)
import { describe, expect, it } from 'vitest';
import { zonedTimeMs } from '../../../../shared/dates/zoned-time';
import { addDays } from '../../../../shared/dates/calendar';
import type { ReminderEntry } from '../../../../shared/reminders/schema';
import { firedFileName, reminderFileName } from '../../../../electron/services/reminders/reminder-store';
import { callbackAt, harness, promiseDue, until } from './harness';

const zones = ['America/Chicago', 'America/New_York', 'America/Los_Angeles', 'Europe/London', 'Australia/Sydney'];

function schedule(count: number): ReminderEntry[] {
  const entries: ReminderEntry[] = [];
  for (let i = 0; i < count; i++) {
    // Scrambled order, so the service cannot lean on the input being sorted.
    const n = (i * 7919) % count;
    const customer = { customerId: `c-${n}`, customerName: `Customer ${n}` };
    const date = addDays('2026-03-03', n % 365);
    const time = n % 3 ? '09:00' : '13:30';
    entries.push(
      n % 10 === 0
        ? callbackAt(`cb-${n}`, customer, new Date(Date.parse('2026-03-03T00:00:00.000Z') + n * 3_600_000).toISOString())
        : promiseDue(`p-${n}`, customer, date, { time, timeZone: zones[n % zones.length]! }),
    );
  }
  return entries;
}

/** The instants worked out directly (a plain cache only saves the test's own time). */
const known = new Map<string, number>();
function expectedInstant(entry: ReminderEntry): number {
  const { fireAt } = entry;
  if (fireAt.kind === 'instant') return Date.parse(fireAt.at);
  const key = JSON.stringify(fireAt);
  if (!known.has(key)) {
    const [h, m] = fireAt.time.split(':').map(Number) as [number, number];
    known.set(key, zonedTimeMs(fireAt.date, h, m, fireAt.timeZone));
  }
  return known.get(key)!;
}

describe('a 10k reminder schedule', () => {
  it('finds the next due among 10,000 entries, with one timer and one write', async () => {
    const entries = schedule(10_000);
    const h = harness({ start: '2026-03-02T12:00:00.000Z' });
    const result = await h.service.sync(entries);

    const instants = entries.map(expectedInstant).sort((a, b) => a - b);
    expect(result).toMatchObject({ pending: 10_000, nextFireAt: new Date(instants[0]!).toISOString() });
    expect(h.clock.armedTimers()).toBe(1);
    expect(h.files.writes.get(reminderFileName)).toBe(1);

    // Run the clock through the first 60 instants: each fires when due, in order.
    const target = instants[59]!;
    await h.clock.advance(until(h.clock, new Date(target).toISOString()));
    const firedCount = instants.filter((ms) => ms <= target).length;
    expect(h.service.status().pending).toBe(10_000 - firedCount);
    const next = instants.find((ms) => ms > target)!;
    expect(h.service.status().nextFireAt).toBe(new Date(next).toISOString());
    expect(h.clock.armedTimers()).toBe(1);
    // Firing records marks only; the large schedule is written by sync alone.
    expect(h.files.writes.get(reminderFileName)).toBe(1);
    expect(h.files.writes.get(firedFileName)).toBeGreaterThan(0);
  });
});
