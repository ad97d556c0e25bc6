import { describe, expect, it } from 'vitest';
import { acknowledged, diffSchedule, isEmptyDiff } from '../../../renderer/reminders/reminder-schedule-diff';
import type { ReminderEntry } from '../../../shared/reminders/schema';

const entry = (id: string, date: string, detail = '$1,200.00 by bank transfer'): ReminderEntry => ({
  id,
  kind: 'promise-due',
  customerId: 'c1',
  customerName: 'Harbor Point Dental Group',
  fireAt: { kind: 'local', date, time: '09:00', timeZone: 'America/Chicago' },
  detail,
  amountMinor: 120_000,
  currency: 'USD',
  method: 'bank-transfer',
});

describe('diffSchedule', () => {
  const base = acknowledged(3, [entry('a', '2026-03-03'), entry('b', '2026-03-04'), entry('c', '2026-03-05')]);

  it('is empty for the same schedule, even as new objects in another order', () => {
    const diff = diffSchedule(base.byId, [entry('c', '2026-03-05'), entry('a', '2026-03-03'), entry('b', '2026-03-04')]);
    expect(diff).toEqual({ upsert: [], remove: [] });
    expect(isEmptyDiff(diff)).toBe(true);
  });

  it('upserts new and changed entries (by deep equality) and removes the ids gone', () => {
    const diff = diffSchedule(base.byId, [
      entry('a', '2026-03-06'),
      entry('c', '2026-03-05', '$900.00 by cheque'),
      entry('d', '2026-03-07'),
    ]);
    expect(diff).toEqual({
      upsert: [entry('a', '2026-03-06'), entry('c', '2026-03-05', '$900.00 by cheque'), entry('d', '2026-03-07')],
      remove: ['b'],
    });
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('sees a change deep inside an entry', () => {
    const moved = {
      ...entry('a', '2026-03-03'),
      fireAt: { kind: 'local' as const, date: '2026-03-03', time: '10:00', timeZone: 'America/Chicago' },
    };
    expect(diffSchedule(base.byId, [moved, entry('b', '2026-03-04'), entry('c', '2026-03-05')])).toEqual({ upsert: [moved], remove: [] });
  });

  it('removes everything for an empty schedule, and upserts everything against an empty base', () => {
    expect(diffSchedule(base.byId, [])).toEqual({ upsert: [], remove: ['a', 'b', 'c'] });
    expect(diffSchedule(new Map(), [entry('a', '2026-03-03')])).toEqual({ upsert: [entry('a', '2026-03-03')], remove: [] });
  });
});
