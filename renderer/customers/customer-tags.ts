// The tags used across the office's accounts: what the customer form suggests while typing one.
import { useQuery } from '@tanstack/react-query';
import { tagsInUse } from '../../shared/customers/tags';
import type { CallDeskDb } from '../data/db';
import { useDb } from '../data/db-context';
import { queryKeys } from '../data/query-keys';

/** The distinct keys of the customers' tags index (schema version 6): no customer row is read. */
export async function listTagsInUse(db: CallDeskDb, locale?: string): Promise<string[]> {
  const keys = await db.customers.orderBy('tags').uniqueKeys();
  return tagsInUse([keys.filter((key): key is string => typeof key === 'string')], locale);
}

/** Under the customer lists' key, so any write to an account refreshes it. */
const tagsInUseKey = (locale: string | undefined) => [...queryKeys.customerLists(), 'tags-in-use', locale ?? ''] as const;

export function useTagsInUse(locale?: string) {
  const db = useDb();
  return useQuery({ queryKey: tagsInUseKey(locale), queryFn: () => listTagsInUse(db, locale) });
}
