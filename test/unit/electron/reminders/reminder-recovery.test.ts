// What happens around the everyday path: sleep, restarts, a clock set back, a damaged file.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeJsonFileStore } from '../../../../electron/adapters/node-json-file-store';
import { firedFileName, reminderFileName } from '../../../../electron/services/reminders/reminder-store';
import { memoryFiles } from '../fake-main-ports';
import { birch, callbackAt, cedar, harbor, harness, promiseDue, until } from './harness';

const monday9am = '2026-03-02T15:00:00.000Z';
const damagedNotice = {
  title: 'Call Desk reminders',
  body: 'The reminder list could not be read. It will be rebuilt from your accounts when Call Desk opens.',
  customerId: null,
};

describe('reminders missed during sleep', () => {
  it('fires everything missed once, grouped, on resume', async () => {
    const h = harness({ start: monday9am });
    await h.service.sync([
      promiseDue('p-tue', harbor, '2026-03-03'),
      promiseDue('p-wed', birch, '2026-03-04'),
      callbackAt('cb-thu', cedar, '2026-03-05T14:00:00.000Z'),
      promiseDue('p-next-week', harbor, '2026-03-10'),
    ]);
    // The lid closes for three days: no timer runs while the machine sleeps.
    h.clock.set('2026-03-05T16:00:00.000Z');
    expect(h.notifier.shown).toEqual([]);

    await h.service.resume();
    expect(h.notifier.shown).toEqual([
      {
        title: '3 reminders due',
        body: 'Harbor Point Dental Group, Birch & Lane Interiors, Cedar Ridge Veterinary',
        customerId: null,
      },
    ]);
    await h.service.resume(); // 'unlock-screen' right after 'resume'
    expect(h.notifier.shown).toHaveLength(1);
    expect(h.service.status()).toMatchObject({ pending: 1, nextFireAt: '2026-03-10T14:00:00.000Z' });
    expect(h.clock.armedTimers()).toBe(1);
  });

  it('no longer says "due today" for a promise missed on an earlier day', async () => {
    const h = harness({ start: monday9am });
    await h.service.sync([promiseDue('p-tue', harbor, '2026-03-03')]);
    h.clock.set('2026-03-04T16:00:00.000Z');
    await h.service.resume();
    expect(h.notifier.shown.map((n) => n.title)).toEqual(['Promise past due: Harbor Point Dental Group']);
  });
});

describe('reminders across a restart', () => {
  const schedule = [
    promiseDue('p-tue', harbor, '2026-03-03'),
    promiseDue('p-wed', birch, '2026-03-04'),
    callbackAt('cb-wed', cedar, '2026-03-04T20:00:00.000Z'),
  ];

  it('fires what was missed while closed once, and never what already fired', async () => {
    const files = memoryFiles();
    const first = harness({ start: monday9am, files });
    await first.service.start();
    await first.service.sync(schedule);
    await first.clock.advance(until(first.clock, '2026-03-03T15:00:00.000Z'));
    expect(first.notifier.shown.map((n) => n.title)).toEqual(['Promise due today: Harbor Point Dental Group']);
    first.service.stop(); // the app quits on Tuesday

    const second = harness({ start: '2026-03-04T21:00:00.000Z', files });
    await second.service.start();
    expect(second.notifier.shown).toEqual([
      { title: '2 reminders due', body: 'Birch & Lane Interiors, Cedar Ridge Veterinary', customerId: null },
    ]);
    // The renderer syncs the same schedule as it opens: nothing fires again.
    expect(await second.service.sync(schedule)).toMatchObject({ pending: 0, nextFireAt: null });
    expect(second.notifier.shown).toHaveLength(1);

    const third = harness({ start: '2026-03-04T21:05:00.000Z', files });
    await third.service.start();
    await third.service.sync(schedule);
    expect(third.notifier.shown).toEqual([]);
  });

  it('fires again a reminder whose time moved, but not one that is unchanged', async () => {
    const files = memoryFiles();
    const first = harness({ start: monday9am, files });
    await first.service.sync(schedule);
    await first.clock.advance(until(first.clock, '2026-03-04T20:00:00.000Z'));
    expect(first.notifier.shown).toHaveLength(3);

    const second = harness({ start: '2026-03-04T20:30:00.000Z', files });
    await second.service.start();
    expect(second.notifier.shown).toEqual([]);
    // The callback was moved to 20:15 (already past): same id, new instant.
    await second.service.sync([schedule[0]!, schedule[1]!, callbackAt('cb-wed', cedar, '2026-03-04T20:15:00.000Z')]);
    expect(second.notifier.shown.map((n) => n.title)).toEqual(['Callback due: Cedar Ridge Veterinary']);
  });

  it('starts clean when nothing was ever saved', async () => {
    const h = harness({ start: monday9am });
    await h.service.start();
    expect(h.service.status()).toMatchObject({ damaged: false, pending: 0, nextFireAt: null });
    expect(h.notifier.shown).toEqual([]);
    expect(h.clock.armedTimers()).toBe(0);
  });
});

describe('a clock set back', () => {
  it('neither repeats what fired nor loses what is pending', async () => {
    const h = harness({ start: monday9am });
    await h.service.sync([promiseDue('p-tue', harbor, '2026-03-03'), promiseDue('p-wed', birch, '2026-03-04')]);
    await h.clock.advance(until(h.clock, '2026-03-03T15:00:00.000Z'));
    expect(h.notifier.shown).toHaveLength(1);

    h.clock.set('2026-03-01T12:00:00.000Z'); // two days back
    await h.service.resume(); // a timer ringing "early" does the same: nothing is due yet
    expect(h.notifier.shown).toHaveLength(1);
    expect(h.service.status()).toMatchObject({ pending: 1, nextFireAt: '2026-03-04T15:00:00.000Z' });
    expect(h.clock.armedTimers()).toBe(1);

    await h.clock.advance(until(h.clock, '2026-03-04T15:00:00.000Z'));
    expect(h.notifier.shown.map((n) => n.title)).toEqual([
      'Promise due today: Harbor Point Dental Group',
      'Promise due today: Birch & Lane Interiors',
    ]);
  });
});

describe('a damaged schedule file', () => {
  it.each([
    ['unreadable JSON', new Error('reminders.json is not valid JSON.')],
    ['not a schedule', { format: 1, entries: [{ id: 'x' }] }],
    ['an unknown format', { format: 7, entries: [] }],
  ])('%s: starts empty, flags it, tells the user once; the next sync repairs it', async (_label, content) => {
    const files = memoryFiles({ [reminderFileName]: content });
    const h = harness({ start: monday9am, files });
    await h.service.start();
    await h.service.resume();
    expect(h.service.status()).toMatchObject({ damaged: true, pending: 0, nextFireAt: null });
    expect(h.notifier.shown).toEqual([damagedNotice]);
    expect(h.warnings[0]).toMatch(/^Reminder schedule not loaded: /);

    h.notifier.click(0);
    expect(h.activations).toEqual([null]);

    const entry = promiseDue('p', harbor, '2026-03-03');
    expect(await h.service.sync([entry])).toMatchObject({ pending: 1, nextFireAt: '2026-03-03T15:00:00.000Z' });
    expect(h.service.status().damaged).toBe(false);
    expect(h.files.files.get(reminderFileName)).toEqual({ format: 1, generation: expect.any(String), entries: [entry] });
    expect(h.notifier.shown).toHaveLength(1);
  });

  it('treats damaged fired marks like a damaged schedule, keeps the file aside, and never fires the past again', async () => {
    const damagedMarks = { format: 1, fired: [{ id: 'p', at: 'yesterday' }] };
    const files = memoryFiles({
      [reminderFileName]: { format: 1, entries: [promiseDue('p', harbor, '2026-03-01')] },
      [firedFileName]: damagedMarks,
    });
    const h = harness({ start: monday9am, files });
    await h.service.start();
    expect(h.service.status()).toMatchObject({ damaged: true, pending: 0, nextFireAt: null });
    expect(h.notifier.shown).toEqual([damagedNotice]);
    expect(h.warnings[0]).toMatch(/It was kept as reminders-fired\.json\.damaged\.$/);
    expect(h.files.files.get(`${firedFileName}.damaged`)).toEqual(damagedMarks);

    // The window's whole schedule: what was due before the damage was found counts as fired.
    const past = promiseDue('p', harbor, '2026-03-01');
    const earlierToday = callbackAt('cb-early', cedar, '2026-03-02T14:00:00.000Z');
    const tomorrow = promiseDue('p-tue', birch, '2026-03-03');
    expect(await h.service.sync([past, earlierToday, tomorrow])).toMatchObject({ pending: 1, nextFireAt: '2026-03-03T15:00:00.000Z' });
    expect(h.notifier.shown).toEqual([damagedNotice]);
    expect((h.files.files.get(firedFileName) as { fired: { id: string }[] }).fired.map((mark) => mark.id).sort()).toEqual([
      'cb-early',
      'p',
    ]);

    // A restart reads the marks: still nothing from the past; tomorrow's fires on time.
    const restarted = harness({ start: '2026-03-02T16:00:00.000Z', files: h.files });
    await restarted.service.start();
    expect(restarted.notifier.shown).toEqual([]);
    await restarted.clock.advance(until(restarted.clock, '2026-03-03T15:00:00.000Z'));
    expect(restarted.notifier.shown.map((n) => n.title)).toEqual(['Promise due today: Birch & Lane Interiors']);
  });

  it('is detected in a real file on disk', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'call-desk-reminders-'));
    try {
      await writeFile(path.join(dir, reminderFileName), '{"format": 1, "entries": [', 'utf8');
      const h = harness({ start: monday9am, store: createNodeJsonFileStore(dir) });
      await h.service.start();
      expect(h.service.status().damaged).toBe(true);
      expect(h.notifier.shown).toEqual([damagedNotice]);
      await h.service.sync([promiseDue('p', harbor, '2026-03-03')]);
      const reread = harness({ start: monday9am, store: createNodeJsonFileStore(dir) });
      await reread.service.start();
      expect(reread.service.status()).toMatchObject({ damaged: false, pending: 1, nextFireAt: '2026-03-03T15:00:00.000Z' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
