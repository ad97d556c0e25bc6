// The reminder and preference channels through the real router and the real services: main
// refuses a malformed schedule with a clear sentence before any service sees it.
import { describe, expect, it } from 'vitest';
import { createMainHandlers } from '../../../../electron/ipc/main-handlers';
import { createIpcRouter } from '../../../../electron/ipc/router';
import { createMainServices } from '../../../../electron/services/main-services';
import { reminderFileName } from '../../../../electron/services/reminders/reminder-store';
import { eventChannels } from '../../../../shared/ipc/channels';
import { ipcEvents } from '../../../../shared/ipc/contract';
import { fakeMainPorts } from '../fake-main-ports';
import { callbackAt, harbor, promiseDue } from './harness';

function main(start = '2026-03-02T15:00:00.000Z') {
  const ports = fakeMainPorts({ start });
  const services = createMainServices(ports);
  return { ports, services, router: createIpcRouter(createMainHandlers(services)) };
}

async function refusal(input: unknown) {
  const { router, ports } = main();
  const result = await router.handle('reminders:sync', input);
  if (result.ok) throw new Error('expected a refusal');
  expect(result.error.code).toBe('invalid-input');
  expect(ports.files.files.has(reminderFileName)).toBe(false);
  return result.error;
}

describe('reminders:sync over IPC', () => {
  it('refuses an entry with only an id, naming what is missing', async () => {
    const error = await refusal({ mode: 'replace', entries: [{ id: 'x' }] });
    expect(error.message).toMatch(/^The request "reminders:sync" was refused \(at "entries\[0\]\.\w+"\): /);
    expect(error.issues?.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['entries[0].kind', 'entries[0].customerId', 'entries[0].fireAt']),
    );
  });

  it.each([
    ['no entries list', { mode: 'replace' }, 'entries'],
    [
      'a 12-hour time',
      {
        mode: 'replace',
        entries: [
          {
            ...promiseDue('p', harbor, '2026-03-03'),
            fireAt: { kind: 'local', date: '2026-03-03', time: '9:00', timeZone: 'America/Chicago' },
          },
        ],
      },
      'entries[0].fireAt.time',
    ],
    [
      'an unknown zone',
      { mode: 'replace', entries: [promiseDue('p', harbor, '2026-03-03', { timeZone: 'Mars/Olympus' })] },
      'entries[0].fireAt.timeZone',
    ],
    ['an impossible date', { mode: 'replace', entries: [promiseDue('p', harbor, '2026-02-30')] }, 'entries[0].fireAt.date'],
    [
      'an instant with an offset',
      {
        mode: 'replace',
        entries: [{ ...promiseDue('p', harbor, '2026-03-03'), fireAt: { kind: 'instant', at: '2026-03-03T09:00:00-06:00' } }],
      },
      'entries[0].fireAt.at',
    ],
    [
      'a field the contract does not know',
      { mode: 'replace', entries: [{ ...promiseDue('p', harbor, '2026-03-03'), sound: 'loud' }] },
      'entries[0]',
    ],
  ])('refuses %s', async (_label, input, path) => {
    const error = await refusal(input);
    expect(error.issues?.[0]?.path).toBe(path);
  });

  it('refuses two reminders with the same id', async () => {
    const entry = promiseDue('p', harbor, '2026-03-03');
    const error = await refusal({ mode: 'replace', entries: [entry, entry] });
    expect(error.message).toBe('The request "reminders:sync" was refused (at "entries"): Every reminder needs its own id.');
  });

  it('accepts a valid schedule and reports it in reminders:status', async () => {
    const { router } = main();
    expect(await router.handle('reminders:sync', { mode: 'replace', entries: [promiseDue('p', harbor, '2026-03-03')] })).toEqual({
      ok: true,
      value: { pending: 1, nextFireAt: '2026-03-03T15:00:00.000Z', revision: 1 },
    });
    expect(await router.handle('reminders:status', undefined)).toEqual({
      ok: true,
      value: { damaged: false, pending: 1, nextFireAt: '2026-03-03T15:00:00.000Z', revision: 1 },
    });
  });

  it('applies a patch against the current revision and refuses one against another', async () => {
    const { router } = main();
    await router.handle('reminders:sync', { mode: 'replace', entries: [promiseDue('p', harbor, '2026-03-04')] });
    expect(
      await router.handle('reminders:sync', {
        mode: 'patch',
        baseRevision: 1,
        upsert: [promiseDue('q', harbor, '2026-03-03')],
        remove: [],
      }),
    ).toEqual({ ok: true, value: { pending: 2, nextFireAt: '2026-03-03T15:00:00.000Z', revision: 2 } });
    expect(await router.handle('reminders:sync', { mode: 'patch', baseRevision: 1, upsert: [], remove: ['q'] })).toEqual({
      ok: true,
      value: { needsFullSync: true, revision: 2 },
    });
    expect(await router.handle('reminders:status', undefined)).toMatchObject({ ok: true, value: { pending: 2, revision: 2 } });
  });

  it('refuses a patch to a main that has had no sync since it started', async () => {
    const { router } = main();
    expect(await router.handle('reminders:sync', { mode: 'patch', baseRevision: 0, upsert: [], remove: [] })).toEqual({
      ok: true,
      value: { needsFullSync: true, revision: 0 },
    });
  });

  it.each([
    ['no mode', { entries: [] }, 'mode'],
    ['an unknown mode', { mode: 'merge', entries: [] }, 'mode'],
    ['a patch with no base', { mode: 'patch', upsert: [], remove: [] }, 'baseRevision'],
    ['a negative base', { mode: 'patch', baseRevision: -1, upsert: [], remove: [] }, 'baseRevision'],
    ['an empty id to remove', { mode: 'patch', baseRevision: 1, upsert: [], remove: [''] }, 'remove[0]'],
    ['a bad upserted entry', { mode: 'patch', baseRevision: 1, upsert: [{ id: 'x' }], remove: [] }, 'upsert[0].kind'],
    ['a field a patch does not have', { mode: 'patch', baseRevision: 1, upsert: [], remove: [], entries: [] }, ''],
  ])('refuses %s', async (_label, input, path) => {
    const error = await refusal(input);
    expect(error.issues?.[0]?.path).toBe(path);
  });

  it.each([
    [
      'the same id upserted twice',
      { upsert: [promiseDue('p', harbor, '2026-03-03'), promiseDue('p', harbor, '2026-03-04')], remove: [] },
      'upsert',
      'Every reminder needs its own id.',
    ],
    ['the same id removed twice', { upsert: [], remove: ['p', 'p'] }, 'remove', 'A reminder can be removed only once.'],
    [
      'an id both upserted and removed',
      { upsert: [promiseDue('p', harbor, '2026-03-03')], remove: ['p'] },
      'remove',
      'A reminder cannot be both changed and removed.',
    ],
  ])('refuses a patch with %s', async (_label, patch, path, message) => {
    const error = await refusal({ mode: 'patch', baseRevision: 1, ...patch });
    expect(error.issues?.[0]).toEqual({ path, message });
  });

  it('refuses input on reminders:status', async () => {
    const { router } = main();
    expect(await router.handle('reminders:status', { all: true })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('preferences over IPC', () => {
  it('starts from the defaults, saves a change and applies start-at-login only when it changes', async () => {
    const { router, ports } = main();
    expect(await router.handle('preferences:get', undefined)).toEqual({
      ok: true,
      value: { closeToTray: true, startAtLogin: false, office: null },
    });
    expect(await router.handle('preferences:set', { startAtLogin: true })).toEqual({
      ok: true,
      value: { closeToTray: true, startAtLogin: true, office: null },
    });
    await router.handle('preferences:set', { startAtLogin: true, closeToTray: false });
    expect(ports.loginChanges).toEqual([true]);
    expect(ports.files.files.get('preferences.json')).toEqual({ closeToTray: false, startAtLogin: true, office: null });
  });

  it.each([
    ['a non-boolean', { closeToTray: 'no' }],
    ['an unknown preference', { darkMode: true }],
    ['no object', 'closeToTray'],
  ])('refuses %s', async (_label, input) => {
    const { router, ports } = main();
    expect(await router.handle('preferences:set', input)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(ports.files.files.has('preferences.json')).toBe(false);
  });
});

describe('the reminder:activated event', () => {
  it('is a known event with a customer id or null', () => {
    expect(eventChannels).toContain('reminder:activated');
    const schema = ipcEvents['reminder:activated'];
    expect(schema.safeParse({ customerId: 'c-harbor' }).success).toBe(true);
    expect(schema.safeParse({ customerId: null }).success).toBe(true);
    expect(schema.safeParse({ customerId: '' }).success).toBe(false);
    expect(schema.safeParse({}).success).toBe(false);
  });
});

describe('the office clock main reads', () => {
  // 03:30 UTC on Dec 2 is still Dec 1 in a Chicago office. A callback at 14:30 Los Angeles time
  // on Dec 1 (22:30 UTC) is "due today" for the office, whatever zone the machine is set to.
  const late = '2026-12-02T03:30:00.000Z';
  const callback = callbackAt('followup:c1', harbor, '2026-12-01T22:30:00.000Z');

  it('counts "due today" on the office calendar once the renderer has told main the office zone', async () => {
    const { router, services } = main(late);
    await router.handle('preferences:set', { office: { timeZone: 'Europe/Berlin', locale: 'en-US' } });
    await router.handle('reminders:sync', { mode: 'replace', entries: [callback] });
    expect(services.reminders.dueToday()).toEqual([]); // Dec 2 in Berlin: the callback was yesterday
    await router.handle('preferences:set', { office: { timeZone: 'America/Chicago', locale: 'en-US' } });
    expect(services.reminders.dueToday().map((item) => item.id)).toEqual(['followup:c1']);
  });

  it('keeps the office clock on disk for the next start, and refuses a zone that does not exist', async () => {
    const { router, ports } = main(late);
    await router.handle('preferences:set', { office: { timeZone: 'America/Chicago', locale: 'en-US' } });
    expect(ports.files.files.get('preferences.json')).toMatchObject({ office: { timeZone: 'America/Chicago', locale: 'en-US' } });
    expect(await router.handle('preferences:set', { office: { timeZone: 'Mars/Olympus', locale: 'en-US' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});
