// The tags the customer form suggests come from the customers' tag index, not from reading rows.
import { describe, expect, it } from 'vitest';
import { createCustomer } from '../../../renderer/customers/customer-repository';
import { listTagsInUse } from '../../../renderer/customers/customer-tags';
import type { CallDeskDb } from '../../../renderer/data/db';
import { customerInput, useFreshDb } from './fixtures';

describe('listTagsInUse', () => {
  let db: CallDeskDb;
  useFreshDb((fresh) => (db = fresh));

  it('lists each tag once, in name order, ignoring case for duplicates', async () => {
    expect(await listTagsInUse(db, 'en-US')).toEqual([]);
    await createCustomer(db, customerInput({ legalName: 'Acme', tags: ['Key accounts', 'anna'] }));
    await createCustomer(db, customerInput({ legalName: 'Birch', tags: ['Anna'] }));
    await createCustomer(db, customerInput({ legalName: 'Cobalt' }));
    const tags = await listTagsInUse(db, 'en-US');
    expect(tags).toHaveLength(2);
    expect(tags[1]).toBe('Key accounts');
    expect(tags[0]!.toLowerCase()).toBe('anna');
  });
});
