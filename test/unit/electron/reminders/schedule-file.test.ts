// What the reminder files hold, kept beside the schedule held in memory: a sync that changes
// nothing writes nothing, patches are saved as changes on top of the schedule file (many at once
// read back as the same changes one by one), the whole file is written again when the changes
// grow or a write failed, and the fired marks are written when they changed.
import { describe, expect, it } from 'vitest';
import { createFireInstantResolver } from '../../../../electron/services/reminders/fire-instant';
import { createHeldSchedule } from '../../../../electron/services/reminders/held-schedule';
import {
  changesFileName,
  createReminderStore,
  firedFileName,
  reminderFileName,
} from '../../../../electron/services/reminders/reminder-store';
import { createScheduleFile, journalLimit } from '../../../../electron/services/reminders/schedule-file';
import type { JsonFileStore } from '../../../../electron/services/json-file-store';
import type { ReminderEntry } from '../../../../shared/reminders/schema';
import { memoryFiles, type MemoryFiles } from '../fake-main-ports';
import { birch, callbackAt, cedar, harbor, promiseDue } from './harness';

const day = (i: number) => `2026-03-${String(3 + (i % 25)).padStart(2, '0')}`;
const schedule = (count: number): ReminderEntry[] => Array.from({ length: count }, (_, i) => promiseDue(`p${i}`, harbor, day(i)));

/** A schedule held in memory and its file, both starting from `entries` written whole. */
async function synced(entries: readonly ReminderEntry[], files: JsonFileStore = memoryFiles()) {
  const held = createHeldSchedule(createFireInstantResolver());
  const file = createScheduleFile(createReminderStore(files));
  expect(await file.load()).toBeUndefined();
  held.replace(entries, new Map());
  await file.replace(entries);
  /** One patch, as the service makes it: the held schedule first, then the file. */
  const patch = (upsert: readonly ReminderEntry[], remove: readonly string[]) => file.patch(held.patch(upsert, remove), held);
  return { held, file, patch };
}

/** What a fresh start reads back from the files, by id. */
async function readBack(files: JsonFileStore) {
  const saved = await createReminderStore(files).load();
  return [...(saved?.entries ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Memory files whose next write of `name` fails, once per call of `failNext`. */
function failingFiles() {
  const files = memoryFiles();
  const failing = new Set<string>();
  const store: MemoryFiles = {
    ...files,
    files: files.files,
    writes: files.writes,
    write: async (name, value) => {
      if (failing.delete(name)) throw new Error('The disk is full.');
      await files.write(name, value);
    },
  };
  return { files: store, failNext: (name: string) => void failing.add(name) };
}

describe('schedule file: whole schedules', () => {
  it('writes a new schedule once, and nothing when a sync brings the same one again', async () => {
    const files = memoryFiles();
    const { file } = await synced(schedule(5), files);
    expect(files.writes.get(reminderFileName)).toBe(1);

    await file.replace(schedule(5));
    expect(files.writes.get(reminderFileName)).toBe(1);
    await file.replace(schedule(6));
    expect(files.writes.get(reminderFileName)).toBe(2);
    expect(await readBack(files)).toEqual(schedule(6).sort((a, b) => (a.id < b.id ? -1 : 1)));
  });

  it('writes a sync after patches, even one that brings back the schedule file as it was', async () => {
    const files = memoryFiles();
    const { file, patch } = await synced(schedule(5), files);
    await patch([callbackAt('cb', cedar, '2026-03-04T18:30:00.000Z')], []);
    await file.replace(schedule(5));
    expect(files.writes.get(reminderFileName)).toBe(2);
    expect((await readBack(files)).map((entry) => entry.id)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
  });
});

describe('schedule file: patches', () => {
  it('saves a patch as changes to the schedule file, and nothing for a patch that changed nothing', async () => {
    const files = memoryFiles();
    const { patch } = await synced(schedule(5), files);
    await patch([promiseDue('p1', harbor, day(1))], ['not-scheduled']);
    expect(files.writes.get(changesFileName)).toBeUndefined();

    await patch([promiseDue('p1', birch, day(9))], ['p2']);
    expect(files.writes.get(reminderFileName)).toBe(1);
    const { generation } = files.files.get(reminderFileName) as { generation: string };
    expect(files.files.get(changesFileName)).toEqual({
      format: 1,
      base: generation,
      upsert: [promiseDue('p1', birch, day(9))],
      remove: ['p2'],
    });
  });

  it('reads back many changes saved at once as the same changes saved one by one', async () => {
    const start = schedule(250);
    const upsert = [
      ...Array.from({ length: 40 }, (_, i) => promiseDue(`p${i * 6}`, birch, day(i + 11))),
      ...Array.from({ length: 40 }, (_, i) => callbackAt(`cb${i}`, cedar, `${day(i)}T18:30:00.000Z`)),
      callbackAt('twice', cedar, '2026-03-20T10:00:00.000Z'),
      callbackAt('twice', cedar, '2026-03-08T10:00:00.000Z'),
      promiseDue('p7', harbor, day(3)), // removed below, then added back
    ];
    const remove = ['p7', 'p8', 'p9', 'not-scheduled', ...Array.from({ length: 30 }, (_, i) => `p${100 + i * 3}`)];

    const atOnceFiles = memoryFiles();
    const atOnce = await synced(start, atOnceFiles);
    await atOnce.patch(upsert, remove);

    const oneByOneFiles = memoryFiles();
    const oneByOne = await synced(start, oneByOneFiles);
    for (const id of remove) await oneByOne.patch([], [id]);
    for (const entry of upsert) await oneByOne.patch([entry], []);

    // Both stayed within the changes file, and both read back as the schedule held.
    expect(atOnceFiles.writes.get(reminderFileName)).toBe(1);
    expect(oneByOneFiles.writes.get(reminderFileName)).toBe(1);
    const expected = [...atOnce.held.entries()].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(await readBack(atOnceFiles)).toEqual(expected);
    expect(await readBack(oneByOneFiles)).toEqual(expected);
    expect(expected.find((entry) => entry.id === 'twice')?.fireAt).toEqual({ kind: 'instant', at: '2026-03-08T10:00:00.000Z' });
    expect(expected.map((entry) => entry.id)).toContain('p7');
    expect(expected.map((entry) => entry.id)).not.toContain('p8');
  });

  it('writes the whole schedule held once the changes outgrow the limit, then records changes against it', async () => {
    const files = memoryFiles();
    const { held, patch } = await synced(schedule(20), files);
    await patch([], ['p0']);
    expect(files.writes.get(changesFileName)).toBe(1);

    const many = Array.from({ length: journalLimit(held.size) }, (_, i) => callbackAt(`cb${i}`, cedar, '2026-03-04T18:30:00.000Z'));
    await patch(many, []);
    expect(files.writes.get(reminderFileName)).toBe(2);
    expect(files.writes.get(changesFileName)).toBe(1); // left behind, for the older file
    expect(await readBack(files)).toEqual([...held.entries()].sort((a, b) => (a.id < b.id ? -1 : 1)));

    await patch([], ['cb0']);
    expect(files.writes.get(reminderFileName)).toBe(2);
    expect(files.writes.get(changesFileName)).toBe(2);
    expect((await readBack(files)).length).toBe(19 + journalLimit(20) - 1);
  });

  it('writes the whole schedule after a write failed, even for a patch that changed nothing', async () => {
    const { files, failNext } = failingFiles();
    const { held, patch } = await synced(schedule(5), files);
    failNext(changesFileName);
    await expect(patch([], ['p1'])).rejects.toThrow('The disk is full.');
    expect(files.writes.get(reminderFileName)).toBe(1);

    await patch([], []);
    expect(files.writes.get(reminderFileName)).toBe(2);
    expect(await readBack(files)).toEqual([...held.entries()].sort((a, b) => (a.id < b.id ? -1 : 1)));
    await patch([], []);
    expect(files.writes.get(reminderFileName)).toBe(2);
  });

  it('writes the whole schedule for the first patch after a start that found changes on top of the file', async () => {
    const files = memoryFiles();
    const first = await synced(schedule(5), files);
    await first.patch([], ['p0']);

    const held = createHeldSchedule(createFireInstantResolver());
    const file = createScheduleFile(createReminderStore(files));
    const saved = await file.load();
    expect(saved?.changesStartClean).toBe(false);
    held.replace(saved!.entries, saved!.fired);
    await file.patch(held.patch([], ['p1']), held);
    expect(files.writes.get(reminderFileName)).toBe(2);
    expect((await readBack(files)).map((entry) => entry.id)).toEqual(['p2', 'p3', 'p4']);
  });
});

describe('schedule file: fired marks', () => {
  const marks = new Map([['p0', Date.parse('2026-03-03T15:00:00.000Z')]]);

  it('writes the marks when something fired, and otherwise only when they changed', async () => {
    const files = memoryFiles();
    const { file } = await synced(schedule(2), files);
    await file.saveFiredIfChanged(marks);
    expect(files.writes.get(firedFileName)).toBeUndefined();

    await file.saveFired(marks);
    expect(files.files.get(firedFileName)).toEqual({ format: 1, fired: [{ id: 'p0', at: '2026-03-03T15:00:00.000Z' }] });
    file.firedChanged();
    await file.saveFiredIfChanged(new Map());
    await file.saveFiredIfChanged(new Map());
    expect(files.writes.get(firedFileName)).toBe(2);
    expect(files.files.get(firedFileName)).toEqual({ format: 1, fired: [] });
  });

  it('keeps the marks unsaved after a failed write, and after a start that found the files damaged', async () => {
    const { files, failNext } = failingFiles();
    const { file } = await synced(schedule(2), files);
    file.firedChanged();
    failNext(firedFileName);
    await expect(file.saveFiredIfChanged(marks)).rejects.toThrow('The disk is full.');
    await file.saveFiredIfChanged(marks);
    expect(files.writes.get(firedFileName)).toBe(1);

    files.files.set(reminderFileName, { format: 1, entries: 'not a list' });
    await expect(file.load()).rejects.toThrow(/reminders\.json does not hold what Call Desk saved/);
    await file.saveFiredIfChanged(new Map());
    expect(files.writes.get(firedFileName)).toBe(2);
  });
});
