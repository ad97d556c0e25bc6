// "09:00 office time" is a wall-clock time: it must fire at 09:00 on the day itself, whatever
// offset the zone has that day, and in whichever zone the entry names (office or customer).
import { describe, expect, it } from 'vitest';
import { createFireInstantResolver } from '../../../../electron/services/reminders/fire-instant';
import { birch, harbor, harness, promiseDue, until } from './harness';

async function firesAt(date: string, timeZone: string, start: string): Promise<string> {
  const h = harness({ start, timeZone });
  const { nextFireAt } = await h.service.sync([promiseDue('p', harbor, date, { timeZone })]);
  if (nextFireAt === null) throw new Error('nothing scheduled');
  await h.clock.advance(until(h.clock, nextFireAt) - 1);
  expect(h.notifier.shown).toEqual([]);
  await h.clock.advance(1);
  expect(h.notifier.shown.map((n) => n.title)).toEqual(['Promise due today: Harbor Point Dental Group']);
  return nextFireAt;
}

describe('daylight saving time', () => {
  it.each([
    // US clocks go forward at 02:00 on Sunday 8 March 2026: 09:00 that morning is CDT (UTC-5).
    ['America/Chicago', '2026-03-07', '2026-03-06T12:00:00.000Z', '2026-03-07T15:00:00.000Z'],
    ['America/Chicago', '2026-03-08', '2026-03-07T12:00:00.000Z', '2026-03-08T14:00:00.000Z'],
    // And back at 02:00 on Sunday 1 November 2026: 09:00 that morning is CST (UTC-6).
    ['America/Chicago', '2026-10-31', '2026-10-30T12:00:00.000Z', '2026-10-31T14:00:00.000Z'],
    ['America/Chicago', '2026-11-01', '2026-10-31T12:00:00.000Z', '2026-11-01T15:00:00.000Z'],
    // The UK moves at 01:00 UTC on 29 March and 25 October 2026.
    ['Europe/London', '2026-03-28', '2026-03-27T12:00:00.000Z', '2026-03-28T09:00:00.000Z'],
    ['Europe/London', '2026-03-29', '2026-03-28T12:00:00.000Z', '2026-03-29T08:00:00.000Z'],
    ['Europe/London', '2026-10-25', '2026-10-24T12:00:00.000Z', '2026-10-25T09:00:00.000Z'],
  ])('09:00 %s on %s fires at %s', async (timeZone, date, start, expected) => {
    expect(await firesAt(date, timeZone, start)).toBe(expected);
  });

  it("resolves the day after the change with that day's offset even when synced before it", async () => {
    // Synced on Friday in winter time, for the Monday after clocks went forward.
    const h = harness({ start: '2026-03-06T18:00:00.000Z' });
    const result = await h.service.sync([promiseDue('p', harbor, '2026-03-09')]);
    expect(result.nextFireAt).toBe('2026-03-09T14:00:00.000Z');
  });
});

describe('office time and customer time', () => {
  it('fires each entry at 09:00 in the zone it names', async () => {
    const h = harness({ start: '2026-06-01T00:00:00.000Z' });
    await h.service.sync([
      promiseDue('office', harbor, '2026-06-02', { timeZone: 'America/Chicago' }),
      promiseDue('customer', birch, '2026-06-02', { timeZone: 'America/Los_Angeles' }),
    ]);
    expect(h.service.upcoming().map((item) => [item.id, item.fireAt])).toEqual([
      ['office', '2026-06-02T14:00:00.000Z'],
      ['customer', '2026-06-02T16:00:00.000Z'],
    ]);
  });

  it('takes an exact instant as it is', () => {
    const resolve = createFireInstantResolver();
    expect(resolve({ kind: 'instant', at: '2026-11-01T07:30:00.000Z' })).toBe(Date.parse('2026-11-01T07:30:00.000Z'));
    expect(resolve({ kind: 'local', date: '2026-11-01', time: '09:00', timeZone: 'Asia/Kolkata' })).toBe(
      Date.parse('2026-11-01T03:30:00.000Z'),
    );
  });
});
