import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { invalidateCall, invalidateCustomer, invalidateCustomerSet } from '../../../renderer/data/invalidate';
import { queryKeys } from '../../../renderer/data/query-keys';

function seeded(): QueryClient {
  const client = new QueryClient();
  const keys = [
    queryKeys.customerFile('a'),
    queryKeys.customerFile('b'),
    queryKeys.customer('a'),
    queryKeys.customerSearch('ac', 'US'),
    queryKeys.customerPage(0, 100, 'balance'),
    queryKeys.customerCount(),
    queryKeys.settings(),
    queryKeys.call('x'),
    queryKeys.openCall('a'),
    queryKeys.promiseList('all', '2026-11-23'),
    queryKeys.openFollowUps(),
    queryKeys.reminderSchedule('2026-11-23', 'k'),
    queryKeys.mainPreferences(),
  ];
  for (const key of keys) client.setQueryData(key, 1);
  return client;
}

const stale = (client: QueryClient) =>
  client
    .getQueryCache()
    .getAll()
    .filter((q) => q.state.isInvalidated)
    .map((q) => JSON.stringify(q.queryKey))
    .sort();

describe('invalidation', () => {
  it("a write to one customer's records makes its file, row, the lists and the reminder schedule stale, nothing else", async () => {
    const client = seeded();
    await invalidateCustomer(client, 'a');
    expect(stale(client)).toEqual([
      '["customers","file","a"]',
      '["customers","list","page","balance",0,100]',
      '["customers","list","search","ac","US"]',
      '["customers","one","a"]',
      '["follow-ups","open"]',
      '["promises","list","all","2026-11-23"]',
      '["reminders","schedule","2026-11-23","k"]',
    ]);
  });

  it('adding a customer also makes the count stale', async () => {
    const client = seeded();
    await invalidateCustomerSet(client, 'c');
    expect(stale(client)).toContain('["customers","count"]');
    expect(stale(client)).not.toContain('["customers","file","a"]');
  });

  it('a call change makes the call, the open calls and the customer stale', async () => {
    const client = seeded();
    await invalidateCall(client, 'x', 'a');
    expect(stale(client)).toEqual(expect.arrayContaining(['["calls","one","x"]', '["calls","open","a"]', '["customers","file","a"]']));
    expect(stale(client)).not.toContain('["customers","file","b"]');
    expect(stale(client)).not.toContain('["settings"]');
  });
});
