// The scheduler's everyday path: sync, one timer, fire at the instant, group, summarise.
import { describe, expect, it } from 'vitest';
import { firedFileName, reminderFileName } from '../../../../electron/services/reminders/reminder-store';
import { birch, callbackAt, cedar, delta, elm, harbor, harness, promiseDue, until } from './harness';

// Monday 2 March 2026, 09:00 in Chicago (CST, UTC-6).
const monday9am = '2026-03-02T15:00:00.000Z';

describe('reminder service: sync and fire', () => {
  it('arms one timer for the next due reminder and fires it at that instant, once', async () => {
    const h = harness({ start: monday9am });
    await h.service.start();
    const result = await h.service.sync([
      promiseDue('p-later', birch, '2026-03-05'),
      callbackAt('cb-1', cedar, '2026-03-03T18:30:00.000Z'),
      promiseDue('p-harbor', harbor, '2026-03-03'),
    ]);
    expect(result).toMatchObject({ pending: 3, nextFireAt: '2026-03-03T15:00:00.000Z' });
    expect(h.clock.armedTimers()).toBe(1);

    await h.clock.advance(until(h.clock, '2026-03-03T14:59:59.000Z'));
    expect(h.notifier.shown).toEqual([]);
    await h.clock.advance(1000);
    expect(h.notifier.shown).toEqual([
      { title: 'Promise due today: Harbor Point Dental Group', body: '$1,200.00 by bank transfer', customerId: 'c-harbor' },
    ]);
    expect(h.clock.armedTimers()).toBe(1);
    expect(h.service.status()).toMatchObject({ damaged: false, pending: 2, nextFireAt: '2026-03-03T18:30:00.000Z' });

    await h.clock.advance(until(h.clock, '2026-03-03T18:30:00.000Z'));
    expect(h.notifier.shown.map((n) => n.title)).toEqual([
      'Promise due today: Harbor Point Dental Group',
      'Callback due: Cedar Ridge Veterinary',
    ]);
    await h.clock.advance(until(h.clock, '2026-03-04T00:00:00.000Z'));
    expect(h.notifier.shown).toHaveLength(2);
  });

  it('records a reminder as fired before it shows it', async () => {
    const h = harness({ start: monday9am });
    const firedOnDisk: unknown[] = [];
    const show = h.notifier.show.bind(h.notifier);
    h.notifier.show = (notice, onClick) => {
      firedOnDisk.push((h.files.files.get(firedFileName) as { fired: unknown[] }).fired);
      show(notice, onClick);
    };
    await h.service.sync([promiseDue('p-harbor', harbor, '2026-03-03')]);
    await h.clock.advance(until(h.clock, '2026-03-03T15:00:00.000Z'));
    expect(firedOnDisk).toEqual([[{ id: 'p-harbor', at: '2026-03-03T15:00:00.000Z' }]]);
  });

  it('opens the customer when its notification is clicked', async () => {
    const h = harness({ start: monday9am });
    await h.service.sync([promiseDue('p-harbor', harbor, '2026-03-03')]);
    await h.clock.advance(until(h.clock, '2026-03-03T15:00:00.000Z'));
    h.notifier.click(0);
    expect(h.activations).toEqual(['c-harbor']);
  });

  it('re-arms on every sync instead of adding timers, and disarms when nothing is left', async () => {
    const h = harness({ start: monday9am });
    await h.service.sync([promiseDue('a', harbor, '2026-03-04')]);
    await h.service.sync([promiseDue('a', harbor, '2026-03-04'), promiseDue('b', birch, '2026-03-03')]);
    expect(h.clock.armedTimers()).toBe(1);
    expect(h.service.status().nextFireAt).toBe('2026-03-03T15:00:00.000Z');
    expect(await h.service.sync([])).toMatchObject({ pending: 0, nextFireAt: null });
    expect(h.clock.armedTimers()).toBe(0);
  });

  it('fires at once a synced reminder whose time has already come', async () => {
    const h = harness({ start: monday9am });
    const result = await h.service.sync([callbackAt('cb-now', cedar, '2026-03-02T14:55:00.000Z')]);
    expect(result).toMatchObject({ pending: 0, nextFireAt: null });
    expect(h.notifier.shown.map((n) => n.title)).toEqual(['Callback due: Cedar Ridge Veterinary']);
  });

  it('saves the synced schedule to the data folder', async () => {
    const h = harness({ start: monday9am });
    const entry = promiseDue('p-harbor', harbor, '2026-03-03');
    await h.service.sync([entry]);
    expect(h.files.files.get(reminderFileName)).toEqual({ format: 1, generation: expect.any(String), entries: [entry] });
  });

  it('rewrites the schedule only when it changed, and prunes marks of reminders gone', async () => {
    const h = harness({ start: monday9am });
    const tuesday = promiseDue('p-tue', harbor, '2026-03-03');
    const wednesday = promiseDue('p-wed', birch, '2026-03-04');
    await h.service.sync([tuesday, wednesday]);
    await h.service.sync([structuredClone(tuesday), structuredClone(wednesday)]);
    expect(h.files.writes.get(reminderFileName)).toBe(1);

    await h.clock.advance(until(h.clock, '2026-03-03T15:00:00.000Z'));
    expect(h.files.files.get(firedFileName)).toEqual({ format: 1, fired: [{ id: 'p-tue', at: '2026-03-03T15:00:00.000Z' }] });
    await h.service.sync([wednesday]); // the promise was kept: its reminder is gone
    expect(h.files.writes.get(reminderFileName)).toBe(2);
    expect(h.files.files.get(firedFileName)).toEqual({ format: 1, fired: [] });
    await h.service.sync([{ ...wednesday, detail: '$900.00 by cheque' }]);
    expect(h.files.writes.get(reminderFileName)).toBe(3);
  });

  it('reports a schedule it could not save, and still fires from memory', async () => {
    const h = harness({ start: monday9am });
    h.files.write = async () => {
      throw new Error('The disk is full.');
    };
    await expect(h.service.sync([promiseDue('p', harbor, '2026-03-03')])).rejects.toThrow(
      'Reminders will fire while Call Desk runs, but the schedule could not be saved: The disk is full.',
    );
    await h.clock.advance(until(h.clock, '2026-03-03T15:00:00.000Z'));
    expect(h.notifier.shown).toHaveLength(1);
  });
});

describe('reminder service: grouping', () => {
  const customers = [harbor, birch, cedar, delta, elm];

  it('groups promises due together into one notice naming the customers', async () => {
    const h = harness({ start: monday9am });
    await h.service.sync(customers.map((c, i) => promiseDue(`p-${i}`, c, '2026-03-03')));
    await h.clock.advance(until(h.clock, '2026-03-03T15:00:00.000Z'));
    expect(h.notifier.shown).toEqual([
      {
        title: '5 promises due today',
        body: 'Harbor Point Dental Group, Birch & Lane Interiors, Cedar Ridge Veterinary, Delta Freight Services and 1 more',
        customerId: null,
      },
    ]);
    h.notifier.click(0);
    expect(h.activations).toEqual([null]); // the list, not one customer
  });

  it('calls a mixed group "reminders" and opens the customer when all are for one', async () => {
    const h = harness({ start: monday9am });
    await h.service.sync([
      promiseDue('p', harbor, '2026-03-03'),
      callbackAt('cb', harbor, '2026-03-03T15:00:00.000Z'),
      callbackAt('cb2', birch, '2026-03-04T15:00:00.000Z'),
      callbackAt('cb3', cedar, '2026-03-04T15:00:00.000Z'),
    ]);
    await h.clock.advance(until(h.clock, '2026-03-04T15:00:00.000Z'));
    expect(h.notifier.shown).toEqual([
      { title: '2 reminders due', body: 'Harbor Point Dental Group', customerId: 'c-harbor' },
      { title: '2 callbacks due', body: 'Birch & Lane Interiors, Cedar Ridge Veterinary', customerId: null },
    ]);
  });
});

describe('reminder service: tray summaries', () => {
  it("lists today's reminders, fired or not, and the next ones still to fire", async () => {
    const h = harness({ start: '2026-03-03T14:00:00.000Z' });
    await h.service.sync([
      promiseDue('p-yesterday', elm, '2026-03-02'),
      promiseDue('p-today', harbor, '2026-03-03', { time: '07:00' }),
      callbackAt('cb-today', cedar, '2026-03-03T20:00:00.000Z'),
      promiseDue('p-tomorrow', birch, '2026-03-04'),
    ]);
    expect(h.service.dueToday().map((item) => [item.id, item.fired])).toEqual([
      ['p-today', true],
      ['cb-today', false],
    ]);
    expect(h.service.upcoming(1)).toEqual([
      {
        id: 'cb-today',
        kind: 'callback',
        customerId: 'c-cedar',
        customerName: 'Cedar Ridge Veterinary',
        detail: 'Call back: asked for the invoice copy',
        fireAt: '2026-03-03T20:00:00.000Z',
        fired: false,
      },
    ]);
  });

  it('tells listeners when the schedule changes or something fires', async () => {
    const h = harness({ start: monday9am });
    let changes = 0;
    const stop = h.service.onChange(() => changes++);
    await h.service.sync([promiseDue('p', harbor, '2026-03-03')]);
    await h.clock.advance(until(h.clock, '2026-03-03T15:00:00.000Z'));
    expect(changes).toBe(2);
    stop();
    await h.service.sync([]);
    expect(changes).toBe(2);
  });
});
