// The tags used across the office's accounts: what the customer form suggests while typing one.
import { useQuery } from '@tanstack/react-query';
import { tagsInUse } from '../../shared/customers/tags';
import type { CallDeskDb } from '../data/db';
import { useDb } from '../data/db-context';
import { queryKeys } from '../data/query-keys';

/**
 * Every account is read: tags have no index (the schema stays as it is), and this runs only
 * while a customer form is open, behind the form, which is usable before it answers.
 */
export async function listTagsInUse(db: CallDeskDb, locale?: string): Promise<string[]> {
  const lists: (readonly string[] | undefined)[] = [];
  await db.customers.each((row) => {
    if (row.tags && row.tags.length > 0) lists.push(row.tags);
  });
  return tagsInUse(lists, locale);
}

/** Under the customer lists' key, so any write to an account refreshes it. */
const tagsInUseKey = (locale: string | undefined) => [...queryKeys.customerLists(), 'tags-in-use', locale ?? ''] as const;

export function useTagsInUse(locale?: string) {
  const db = useDb();
  return useQuery({ queryKey: tagsInUseKey(locale), queryFn: () => listTagsInUse(db, locale) });
}
