// The schedule main holds in memory: a patch of many changes ends exactly where the same changes
// one at a time end (and where a replace with the changed schedule ends), fired marks are kept
// or dropped as a replace would, and only the changed entries are resolved again.
import { describe, expect, it } from 'vitest';
import { createFireInstantResolver, type FireInstantResolver } from '../../../../electron/services/reminders/fire-instant';
import { createHeldSchedule, type HeldSchedule } from '../../../../electron/services/reminders/held-schedule';
import type { ReminderEntry } from '../../../../shared/reminders/schema';
import { birch, callbackAt, cedar, harbor, promiseDue } from './harness';

const day = (i: number) => `2026-03-${String(3 + (i % 25)).padStart(2, '0')}`;

/** 300 entries, promises and callbacks mixed, many sharing an instant (so ties by id matter). */
function startingSchedule(): ReminderEntry[] {
  return Array.from({ length: 300 }, (_, i) =>
    i % 3 === 0
      ? callbackAt(`c${i}`, cedar, `${day(i)}T${String(10 + (i % 8)).padStart(2, '0')}:15:00.000Z`)
      : promiseDue(`p${i}`, harbor, day(i), { time: i % 2 ? '09:00' : '13:30' }),
  );
}

/** Everything a held schedule shows, in its own order. */
function stateOf(held: HeldSchedule) {
  const listed = (list: HeldSchedule['all']) =>
    list.map((reminder) => ({ id: reminder.entry.id, atMs: reminder.atMs, entry: reminder.entry }));
  return {
    all: listed(held.all),
    pending: listed(held.pending),
    fired: [...held.fired].sort(([a], [b]) => (a < b ? -1 : 1)),
    size: held.size,
    entries: held.entries(),
  };
}

/** A held schedule of `entries` with everything due up to 5 March 16:00 UTC fired. */
function heldWithSomeFired(entries: readonly ReminderEntry[], resolve: FireInstantResolver = createFireInstantResolver()) {
  const held = createHeldSchedule(resolve);
  held.replace(entries, new Map());
  const due = held.takeDue(Date.parse('2026-03-05T16:00:00.000Z'));
  expect(due.length).toBeGreaterThan(20);
  return held;
}

/** A large patch touching every case: new, moved, reworded (fired and not), unchanged, named twice, removed, removed and added back, unknown. */
function bigPatch() {
  const upsert: ReminderEntry[] = [];
  for (let i = 0; i < 300; i += 4) upsert.push(promiseDue(`p${i + 1}`, birch, day(i + 7))); // moved
  for (let i = 0; i < 60; i++) upsert.push(callbackAt(`new${i}`, birch, `${day(i * 5)}T11:45:00.000Z`)); // new
  upsert.push(promiseDue('p2', harbor, day(2), { time: '13:30', detail: 'Reworded, already fired' }));
  upsert.push(promiseDue('p20', harbor, day(20), { time: '13:30', detail: 'Reworded, still to come' }));
  upsert.push(promiseDue('p4', harbor, day(4), { time: '13:30' })); // exactly as held
  upsert.push(callbackAt('twice', cedar, '2026-03-20T10:00:00.000Z'), callbackAt('twice', cedar, '2026-03-08T10:00:00.000Z'));
  upsert.push(callbackAt('c3', cedar, `${day(3)}T13:15:00.000Z`)); // removed below, then added back
  const remove = ['c3', 'c6', 'c9', 'p10', 'not-scheduled', 'c6'];
  for (let i = 30; i < 300; i += 9) remove.push(i % 3 === 0 ? `c${i}` : `p${i}`);
  return { upsert, remove };
}

describe('held schedule: patches', () => {
  it('ends one large patch where the same changes one patch at a time end', () => {
    const start = startingSchedule();
    const { upsert, remove } = bigPatch();
    const atOnce = heldWithSomeFired(start);
    const oneByOne = heldWithSomeFired(start);

    const applied = atOnce.patch(upsert, remove);
    const steps = [...remove.map((id) => oneByOne.patch([], [id])), ...upsert.map((entry) => oneByOne.patch([entry], []))];

    expect(stateOf(atOnce)).toEqual(stateOf(oneByOne));
    expect(applied.removed).toEqual(steps.flatMap((step) => step.removed));
    expect(applied.upserted).toEqual(steps.flatMap((step) => step.upserted));
    expect(applied.marksDropped).toBe(steps.some((step) => step.marksDropped));
    // The cases it is made of did happen.
    expect(applied.removed).toEqual(expect.arrayContaining(['c3', 'c6', 'p10']));
    expect(applied.removed).not.toContain('not-scheduled');
    expect(applied.upserted.map((entry) => entry.id)).not.toContain('p4');
    expect(applied.upserted.filter((entry) => entry.id === 'twice')).toHaveLength(2);
    expect(atOnce.all.find((reminder) => reminder.entry.id === 'twice')?.atMs).toBe(Date.parse('2026-03-08T10:00:00.000Z'));
    expect(atOnce.all.map((reminder) => reminder.entry.id)).toContain('c3');
  });

  it('ends where a replace with the changed schedule and the same fired marks ends', () => {
    const start = startingSchedule();
    // Without an id removed and added back in one patch: that one drops its mark, a replace keeps it.
    const { upsert, remove } = bigPatch();
    const changes = { upsert: upsert.filter((entry) => entry.id !== 'c3'), remove: remove.filter((id) => id !== 'c3') };
    const patched = heldWithSomeFired(start);
    const firedBefore = new Map(patched.fired);
    patched.patch(changes.upsert, changes.remove);

    const current = new Map(start.map((entry) => [entry.id, entry]));
    for (const id of changes.remove) current.delete(id);
    for (const entry of changes.upsert) current.set(entry.id, entry);
    const replaced = createHeldSchedule(createFireInstantResolver());
    replaced.replace([...current.values()].reverse(), firedBefore);

    expect(stateOf(patched)).toEqual(stateOf(replaced));
  });

  it('keeps a mark for an unchanged instant, fires a moved one again, and drops the mark of a removed one', () => {
    const held = createHeldSchedule(createFireInstantResolver());
    held.replace(
      [promiseDue('p', harbor, '2026-03-03'), promiseDue('q', birch, '2026-03-03'), promiseDue('r', cedar, '2026-03-09')],
      new Map(),
    );
    expect(held.takeDue(Date.parse('2026-03-03T16:00:00.000Z')).map((reminder) => reminder.entry.id)).toEqual(['p', 'q']);

    const applied = held.patch(
      [promiseDue('p', harbor, '2026-03-03', { detail: 'Now by cheque' }), promiseDue('q', birch, '2026-03-04')],
      [],
    );
    expect(applied).toEqual({
      upserted: [promiseDue('p', harbor, '2026-03-03', { detail: 'Now by cheque' }), promiseDue('q', birch, '2026-03-04')],
      removed: [],
      marksDropped: false,
    });
    expect(held.pending.map((reminder) => reminder.entry.id)).toEqual(['q', 'r']);
    expect(held.fired.get('p')).toBe(Date.parse('2026-03-03T15:00:00.000Z'));

    expect(held.patch([], ['p'])).toEqual({ upserted: [], removed: ['p'], marksDropped: true });
    expect(held.fired.has('p')).toBe(false);
    expect(held.patch([], ['r'])).toEqual({ upserted: [], removed: ['r'], marksDropped: false });
    expect(held.entries().map((entry) => entry.id)).toEqual(['q']);
  });

  it('changes nothing for a patch that names nothing new', () => {
    const held = heldWithSomeFired(startingSchedule());
    const before = stateOf(held);
    const all = held.all;
    expect(held.patch([promiseDue('p4', harbor, day(4), { time: '13:30' })], ['not-scheduled'])).toEqual({
      upserted: [],
      removed: [],
      marksDropped: false,
    });
    expect(stateOf(held)).toEqual(before);
    expect(held.all).toBe(all); // not even rebuilt
  });

  it('resolves the instants of the changed entries only', () => {
    const real = createFireInstantResolver();
    let resolved = 0;
    const counting: FireInstantResolver = (fireAt) => {
      resolved++;
      return real(fireAt);
    };
    const held = heldWithSomeFired(startingSchedule(), counting);
    resolved = 0;
    held.patch(
      [
        promiseDue('p1', birch, '2026-03-21'),
        callbackAt('cb', cedar, '2026-03-22T10:00:00.000Z'),
        promiseDue('p4', harbor, day(4), { time: '13:30' }),
      ],
      ['p2'],
    );
    expect(resolved).toBe(2);
  });
});

describe('held schedule: firing', () => {
  it('takes what is due, soonest first, once', () => {
    const held = createHeldSchedule(createFireInstantResolver());
    held.replace(
      [
        callbackAt('b', cedar, '2026-03-03T10:00:00.000Z'),
        callbackAt('a', harbor, '2026-03-03T10:00:00.000Z'),
        callbackAt('c', birch, '2026-03-04T10:00:00.000Z'),
      ],
      new Map(),
    );
    expect(held.takeDue(Date.parse('2026-03-03T09:59:00.000Z'))).toEqual([]);
    expect(held.takeDue(Date.parse('2026-03-03T10:00:00.000Z')).map((reminder) => reminder.entry.id)).toEqual(['a', 'b']);
    expect(held.takeDue(Date.parse('2026-03-03T12:00:00.000Z'))).toEqual([]);
    expect(held.pending.map((reminder) => reminder.entry.id)).toEqual(['c']);
    expect([...held.fired.keys()].sort()).toEqual(['a', 'b']);
  });

  it('counts everything up to a moment as fired when the marks of that time were lost', () => {
    const held = createHeldSchedule(createFireInstantResolver());
    held.replace([callbackAt('a', harbor, '2026-03-03T10:00:00.000Z'), callbackAt('b', cedar, '2026-03-05T10:00:00.000Z')], new Map());
    held.markFiredThrough(Date.parse('2026-03-04T00:00:00.000Z'));
    expect(held.pending.map((reminder) => reminder.entry.id)).toEqual(['b']);
    expect(held.fired.get('a')).toBe(Date.parse('2026-03-03T10:00:00.000Z'));
  });

  it('keeps on a replace only the marks of reminders still scheduled, and says when some went', () => {
    const held = createHeldSchedule(createFireInstantResolver());
    const marks = new Map([
      ['a', Date.parse('2026-03-03T10:00:00.000Z')],
      ['gone', Date.parse('2026-03-01T10:00:00.000Z')],
    ]);
    expect(held.replace([callbackAt('a', harbor, '2026-03-03T10:00:00.000Z')], marks)).toBe(true);
    expect([...held.fired.keys()]).toEqual(['a']);
    expect(held.pending).toEqual([]);
    expect(held.replace([callbackAt('a', harbor, '2026-03-03T10:00:00.000Z')], held.fired)).toBe(false);
  });
});
