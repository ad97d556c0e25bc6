// The chase and name orders worked out once a day with Today's facts, and the queue walking them.
import { describe, expect, it } from 'vitest';
import { nameCollation } from '../../../shared/today/name-order';
import { buildTodayQueue } from '../../../shared/today/queue';
import { isOrderOf, ordersFit, todayOrders } from '../../../shared/today/queue-order';
import { account, followUp, officeTimeZone, queueInput, wednesday } from './today-fixtures';

const officeToday = '2026-06-17';
const usd = (amountMinor: number) => [{ currency: 'USD', amountMinor }];

const accounts = [
  account({ customerId: 'small', name: 'Alder', pastDue: usd(5_000) }),
  // The same score and amount: by name, then by id.
  account({ customerId: 'tie-b', name: 'Birch', pastDue: usd(50_000) }),
  account({ customerId: 'tie-c', name: 'Birch Ltd', pastDue: usd(50_000) }),
  account({ customerId: 'tie-a', name: 'Birch', pastDue: usd(50_000) }),
  account({ customerId: 'big', name: 'Zephyr', pastDue: usd(5_000_000) }),
  account({ customerId: 'paid', name: 'Cedar', pastDue: [], oldestPastDueDate: null }),
];

const ids = (positions: Uint32Array) => [...positions].map((position) => accounts[position]!.customerId);

describe('Today orders', () => {
  it('rank by score, then the largest amount, then name and id; and by name, then id', () => {
    const orders = todayOrders(accounts, officeTimeZone, officeToday, wednesday);
    expect(ids(orders.chase)).toEqual(['big', 'tie-a', 'tie-b', 'tie-c', 'small', 'paid']);
    expect(ids(orders.byName)).toEqual(['small', 'tie-a', 'tie-b', 'tie-c', 'paid', 'big']);
    expect(orders).toMatchObject({ officeToday, officeTimeZone, collation: nameCollation });
  });

  it('fit only the day, zone, collator and number of accounts they were made for', () => {
    const orders = todayOrders(accounts, officeTimeZone, officeToday, wednesday);
    expect(ordersFit(orders, accounts, officeTimeZone, officeToday)).toBe(true);
    expect(ordersFit(orders, accounts, officeTimeZone, '2026-06-18')).toBe(false);
    expect(ordersFit(orders, accounts, 'Europe/London', officeToday)).toBe(false);
    expect(ordersFit({ ...orders, collation: 'xx' }, accounts, officeTimeZone, officeToday)).toBe(false);
    expect(ordersFit(orders, accounts.slice(1), officeTimeZone, officeToday)).toBe(false);
    expect(ordersFit(undefined, accounts, officeTimeZone, officeToday)).toBe(false);
  });

  it('are what the queue walks when they fit, and are worked out afresh when they do not', () => {
    const orders = todayOrders(accounts, officeTimeZone, officeToday, wednesday);
    const reversed = { ...orders, chase: orders.chase.slice().reverse(), byName: orders.byName.slice().reverse() };
    const rowIds = (queue: ReturnType<typeof buildTodayQueue>) => queue.rows.map((row) => row.account.customerId);

    const walked = buildTodayQueue(queueInput({ accounts, orders: reversed }));
    expect(rowIds(walked)).toEqual(['small', 'tie-c', 'tie-b', 'tie-a', 'big']);
    expect(walked.leftOut.map((row) => row.account.customerId)).toEqual(['paid']);

    const stale = { ...reversed, officeToday: '2026-06-16' };
    expect(rowIds(buildTodayQueue(queueInput({ accounts, orders: stale })))).toEqual(['big', 'tie-a', 'tie-b', 'tie-c', 'small']);
  });

  it('keep the chase order among rows asked for at the same time', () => {
    const dueAt = '2026-06-17T14:00:00.000Z';
    const queue = buildTodayQueue(
      queueInput({
        accounts,
        followUps: [followUp({ customerId: 'small', dueAt }), followUp({ customerId: 'big', dueAt })],
      }),
    );
    expect(queue.rows.slice(0, 2).map((row) => [row.tier, row.account.customerId])).toEqual([
      ['follow-up', 'big'],
      ['follow-up', 'small'],
    ]);
  });

  it('are told apart from positions that miss an account or name one twice', () => {
    expect(isOrderOf([2, 0, 1], 3)).toBe(true);
    expect(isOrderOf([2, 0, 0], 3)).toBe(false);
    expect(isOrderOf([2, 0, 3], 3)).toBe(false);
    expect(isOrderOf([0, 1], 3)).toBe(false);
    expect(isOrderOf([], 0)).toBe(true);
  });
});
