import { describe, expect, it } from 'vitest';
import { allAccounts, filterTodayQueue, tagsInQueue } from '../../../shared/today/filters';
import { buildTodayQueue } from '../../../shared/today/queue';
import { account, followUp, queueInput, wednesday } from './today-fixtures';

describe('Today filtered by tag', () => {
  // Ranked: the callback first, then the chase rows by how old and large the debt is.
  const queue = buildTodayQueue(
    queueInput({
      now: wednesday,
      accounts: [
        account({ customerId: 'anna-old', tags: ['Anna'], oldestPastDueDate: '2026-01-10' }),
        account({ customerId: 'bob', tags: ['Bob', 'Key accounts'], oldestPastDueDate: '2026-03-01' }),
        account({ customerId: 'anna-callback', tags: ['anna'] }),
        account({ customerId: 'untagged', oldestPastDueDate: '2026-02-01' }),
        account({ customerId: 'empty-tags', tags: [], oldestPastDueDate: '2026-05-01' }),
        account({ customerId: 'anna-paid-up', tags: ['ANNA'], pastDue: [], oldestPastDueDate: null }),
      ],
      followUps: [followUp({ customerId: 'anna-callback', dueAt: '2026-06-17T15:00:00.000Z' })],
    }),
  );
  const ids = (q: typeof queue) => [q.rows.map((r) => r.account.customerId), q.leftOut.map((r) => r.account.customerId)];

  it('keeps the accounts carrying the tag, whatever its case, in the queue order', () => {
    const ranked = queue.rows.map((r) => r.account.customerId);
    expect(ranked[0]).toBe('anna-callback');
    const anna = filterTodayQueue(queue, { ...allAccounts, tag: { tag: 'aNNa' } });
    expect(ids(anna)).toEqual([ranked.filter((id) => id.startsWith('anna')), ['anna-paid-up']]);
    expect(ids(filterTodayQueue(queue, { ...allAccounts, tag: { tag: 'key accounts' } }))).toEqual([['bob'], []]);
    expect(ids(filterTodayQueue(queue, { ...allAccounts, tag: { tag: 'Nobody' } }))).toEqual([[], []]);
  });

  it('"No tag" keeps the accounts without any tag; "Any tag" keeps everything', () => {
    const untagged = filterTodayQueue(queue, { ...allAccounts, tag: 'untagged' });
    expect(ids(untagged)).toEqual([
      queue.rows.map((r) => r.account.customerId).filter((id) => id === 'untagged' || id === 'empty-tags'),
      [],
    ]);
    expect(filterTodayQueue(queue, allAccounts)).toBe(queue);
  });

  it('combines with the other filters', () => {
    expect(ids(filterTodayQueue(queue, { kind: 'all', bucket: '90+', tag: { tag: 'Anna' } }))).toEqual([['anna-old'], []]);
    expect(ids(filterTodayQueue(queue, { kind: 'consumer', bucket: 'all', tag: { tag: 'Anna' } }))).toEqual([[], []]);
  });

  it('offers the tags of the queue and the left-out rows, once each, sorted', () => {
    expect(tagsInQueue(queue, 'en-US')).toEqual(['anna', 'Bob', 'Key accounts']);
  });
});
