// A patch ('reminders:sync' in patch mode) changes only what it names: entries resolved one by
// one, the pending list kept sorted, one timer, the fired marks respected, the file rewritten.
import { describe, expect, it } from 'vitest';
import {
  changesFileName,
  createReminderStore,
  firedFileName,
  reminderFileName,
} from '../../../../electron/services/reminders/reminder-store';
import type { ReminderEntry } from '../../../../shared/reminders/schema';
import { memoryFiles } from '../fake-main-ports';
import { birch, callbackAt, cedar, harbor, harness, promiseDue, until } from './harness';

// Monday 2 March 2026, 09:00 in Chicago (CST, UTC-6).
const monday9am = '2026-03-02T15:00:00.000Z';

async function replaced(entries: ReminderEntry[], start = monday9am) {
  const h = harness({ start });
  await h.service.start();
  const { revision } = await h.service.sync(entries);
  return { h, revision };
}

describe('reminder service: patches', () => {
  it('moves a reminder to its new time when its entry is upserted', async () => {
    const { h, revision } = await replaced([promiseDue('p', harbor, '2026-03-03'), promiseDue('q', birch, '2026-03-05')]);
    const result = await h.service.patch({ baseRevision: revision, upsert: [promiseDue('p', harbor, '2026-03-04')], remove: [] });
    expect(result).toEqual({ pending: 2, nextFireAt: '2026-03-04T15:00:00.000Z', revision: revision + 1 });
    expect(h.clock.armedTimers()).toBe(1);

    await h.clock.advance(until(h.clock, '2026-03-03T23:00:00.000Z'));
    expect(h.notifier.shown).toEqual([]);
    await h.clock.advance(until(h.clock, '2026-03-04T15:00:00.000Z'));
    expect(h.notifier.shown.map((n) => n.title)).toEqual(['Promise due today: Harbor Point Dental Group']);
  });

  it('cancels a removed reminder and adds a new one in order', async () => {
    const { h, revision } = await replaced([promiseDue('p', harbor, '2026-03-03'), promiseDue('q', birch, '2026-03-05')]);
    const result = await h.service.patch({
      baseRevision: revision,
      upsert: [callbackAt('cb', cedar, '2026-03-04T18:30:00.000Z')],
      remove: ['p', 'not-scheduled'],
    });
    expect(result).toMatchObject({ pending: 2, nextFireAt: '2026-03-04T18:30:00.000Z' });
    expect(h.service.upcoming().map((item) => item.id)).toEqual(['cb', 'q']);

    await h.clock.advance(until(h.clock, '2026-03-06T00:00:00.000Z'));
    expect(h.notifier.shown.map((n) => n.title)).toEqual([
      'Callback due: Cedar Ridge Veterinary',
      'Promise due today: Birch & Lane Interiors',
    ]);
  });

  it('refuses a patch against a stale revision and changes nothing', async () => {
    const { h, revision } = await replaced([promiseDue('p', harbor, '2026-03-03')]);
    await h.service.patch({ baseRevision: revision, upsert: [promiseDue('q', birch, '2026-03-05')], remove: [] });
    const writes = h.files.writes.get(reminderFileName);

    expect(await h.service.patch({ baseRevision: revision, upsert: [], remove: ['p'] })).toEqual({
      needsFullSync: true,
      revision: revision + 1,
    });
    expect(h.service.status()).toMatchObject({ pending: 2, nextFireAt: '2026-03-03T15:00:00.000Z', revision: revision + 1 });
    expect(h.files.writes.get(reminderFileName)).toBe(writes);
  });

  it('refuses every patch after a restart until a replace, keeping the saved schedule meanwhile', async () => {
    const files = memoryFiles();
    const first = harness({ start: monday9am, files });
    const { revision } = await first.service.sync([promiseDue('p', harbor, '2026-03-03')]);
    first.service.stop();

    const second = harness({ start: monday9am, files });
    await second.service.start();
    expect(second.service.status()).toMatchObject({ pending: 1, revision: 0 });
    expect(await second.service.patch({ baseRevision: revision, upsert: [], remove: ['p'] })).toEqual({ needsFullSync: true, revision: 0 });
    expect(await second.service.patch({ baseRevision: 0, upsert: [], remove: ['p'] })).toEqual({ needsFullSync: true, revision: 0 });
    expect(second.service.status().pending).toBe(1);
  });

  it('keeps fired marks: an unchanged time never fires twice, a moved one fires again, a removed one is forgotten', async () => {
    const files = memoryFiles();
    const first = harness({ start: monday9am, files });
    let { revision } = await first.service.sync([promiseDue('p', harbor, '2026-03-03'), promiseDue('q', birch, '2026-03-05')]);
    await first.clock.advance(until(first.clock, '2026-03-03T16:00:00.000Z'));
    expect(first.notifier.shown).toHaveLength(1);

    // Only the wording changed: still fired.
    expect(
      await first.service.patch({
        baseRevision: revision,
        upsert: [promiseDue('p', harbor, '2026-03-03', { detail: '$900.00 by cheque' })],
        remove: [],
      }),
    ).toMatchObject({ revision: revision + 1 });
    expect(first.notifier.shown).toHaveLength(1);
    expect(first.service.status()).toMatchObject({ pending: 1, nextFireAt: '2026-03-05T15:00:00.000Z' });
    expect(files.files.get(firedFileName)).toEqual({ format: 1, fired: [{ id: 'p', at: '2026-03-03T15:00:00.000Z' }] });

    // A restart on the patched files fires nothing again.
    first.service.stop();
    const second = harness({ start: '2026-03-03T17:00:00.000Z', files });
    await second.service.start();
    expect(second.notifier.shown).toEqual([]);
    expect((await createReminderStore(files).load())?.entries.find((e) => e.id === 'p')?.detail).toBe('$900.00 by cheque');

    // Moved to a time already past: fires again at once.
    ({ revision } = await second.service.sync([
      promiseDue('p', harbor, '2026-03-03', { detail: '$900.00 by cheque' }),
      promiseDue('q', birch, '2026-03-05'),
    ]));
    ({ revision } = (await second.service.patch({
      baseRevision: revision,
      upsert: [promiseDue('p', harbor, '2026-03-03', { time: '10:00', detail: '$900.00 by cheque' })],
      remove: [],
    })) as { revision: number });
    expect(second.notifier.shown.map((n) => n.title)).toEqual(['Promise due today: Harbor Point Dental Group']);

    await second.service.patch({ baseRevision: revision, upsert: [], remove: ['p'] });
    expect(files.files.get(firedFileName)).toEqual({ format: 1, fired: [] });
  });

  it('writes nothing for a patch that changes nothing, and saves a patch as changes to the schedule file', async () => {
    const { h, revision } = await replaced([promiseDue('p', harbor, '2026-03-03'), promiseDue('r', cedar, '2026-03-06')]);
    const next = await h.service.patch({ baseRevision: revision, upsert: [promiseDue('p', harbor, '2026-03-03')], remove: [] });
    expect(next).toMatchObject({ pending: 2, revision: revision + 1 });
    expect(h.files.writes.get(changesFileName)).toBeUndefined();

    await h.service.patch({ baseRevision: revision + 1, upsert: [promiseDue('q', birch, '2026-03-04')], remove: [] });
    await h.service.patch({ baseRevision: revision + 2, upsert: [promiseDue('q', birch, '2026-03-05')], remove: ['r'] });
    expect(h.files.writes.get(reminderFileName)).toBe(1);
    expect(h.files.writes.get(changesFileName)).toBe(2);
    const { generation } = h.files.files.get(reminderFileName) as { generation: string };
    expect(h.files.files.get(changesFileName)).toEqual({
      format: 1,
      base: generation,
      upsert: [promiseDue('q', birch, '2026-03-05')],
      remove: ['r'],
    });

    // A restart reads the file with the changes applied.
    const reread = harness({ start: monday9am, files: h.files });
    await reread.service.start();
    expect(reread.service.upcoming().map((item) => item.id)).toEqual(['p', 'q']);
  });

  it('writes the whole schedule again once the changes grow, and ignores changes made to an older file', async () => {
    const entries = Array.from({ length: 20 }, (_, i) => promiseDue(`p${i}`, harbor, '2026-03-03'));
    const { h, revision } = await replaced(entries);
    await h.service.patch({ baseRevision: revision, upsert: [], remove: ['p0'] });
    expect(h.files.writes.get(changesFileName)).toBe(1);

    const many = Array.from({ length: 250 }, (_, i) => callbackAt(`cb${i}`, cedar, '2026-03-04T18:30:00.000Z'));
    await h.service.patch({ baseRevision: revision + 1, upsert: [promiseDue('p0', harbor, '2026-03-05'), ...many], remove: [] });
    expect(h.files.writes.get(reminderFileName)).toBe(2);
    expect(h.files.writes.get(changesFileName)).toBe(1); // left behind, for the older file

    const reread = harness({ start: monday9am, files: h.files });
    await reread.service.start();
    expect(reread.service.status()).toMatchObject({ damaged: false, pending: 20 + 250, nextFireAt: '2026-03-03T15:00:00.000Z' });
    expect(reread.service.upcoming(300).at(-1)?.id).toBe('p0');

    // Small changes are recorded against the new file again.
    await h.service.patch({ baseRevision: revision + 2, upsert: [], remove: ['cb0'] });
    expect(h.files.writes.get(reminderFileName)).toBe(2);
    expect(h.files.writes.get(changesFileName)).toBe(2);
    const again = harness({ start: monday9am, files: h.files });
    await again.service.start();
    expect(again.service.status().pending).toBe(20 + 249);
  });

  it('treats damaged changes like a damaged schedule', async () => {
    const { h, revision } = await replaced([promiseDue('p', harbor, '2026-03-03')]);
    await h.service.patch({ baseRevision: revision, upsert: [], remove: ['p'] });
    h.files.files.set(changesFileName, { format: 1, base: 'x', upsert: [{ id: 'p' }], remove: [] });
    const reread = harness({ start: monday9am, files: h.files });
    await reread.service.start();
    expect(reread.service.status()).toMatchObject({ damaged: true, pending: 0 });
  });

  it('ends where a replace with the same schedule would', async () => {
    const day = (i: number) => `2026-03-${String(3 + (i % 20)).padStart(2, '0')}`;
    const start = Array.from({ length: 200 }, (_, i) =>
      i % 2 ? promiseDue(`p${i}`, harbor, day(i)) : callbackAt(`c${i}`, cedar, `${day(i)}T${String(10 + (i % 10))}:15:00.000Z`),
    );
    const { h: patched, revision } = await replaced(start);
    const current = new Map(start.map((e) => [e.id, e]));
    let base = revision;
    for (let round = 0; round < 20; round++) {
      const upsert = [promiseDue(`p${round * 7 + 1}`, birch, day(round * 3)), promiseDue(`new${round}`, harbor, day(round))];
      const remove = [`c${round * 10}`];
      for (const e of upsert) current.set(e.id, e);
      for (const id of remove) current.delete(id);
      const result = await patched.service.patch({ baseRevision: base, upsert, remove });
      if ('needsFullSync' in result) throw new Error('refused');
      base = result.revision;
    }
    const { h: whole } = await replaced([...current.values()].reverse());
    expect(patched.service.upcoming(500)).toEqual(whole.service.upcoming(500));
    expect(patched.service.dueToday()).toEqual(whole.service.dueToday());
    const { revision: _a, ...patchedState } = patched.service.status();
    const { revision: _b, ...wholeState } = whole.service.status();
    expect(patchedState).toEqual(wholeState);
  });
});
