// Narrowing today's queue to one kind of account, one age bucket or one tag (how two or three
// people split the day's calls). Filtering never re-ranks: the rows keep the order the queue gave
// them.
import { agingBucketFor, type AgingBucket } from '../aging/aging';
import type { CustomerKind } from '../customers/schema';
import { hasTag, tagsInUse } from '../customers/tags';
import type { LeftOutRow, TodayQueue, TodayQueueRow } from './queue';

/**
 * Any account, only accounts without a tag, or only accounts carrying one tag (compared without
 * regard to case). The tag is an object so that a tag the office calls "all" or "untagged"
 * cannot be mistaken for the other two choices.
 */
export type TagChoice = 'all' | 'untagged' | { tag: string };

export interface TodayFilter {
  kind: CustomerKind | 'all';
  /** The age bucket of the oldest past-due invoice ('current' when nothing is past due). */
  bucket: AgingBucket | 'all';
  tag: TagChoice;
}

export const allAccounts: TodayFilter = { kind: 'all', bucket: 'all', tag: 'all' };

function matchesTag(tags: readonly string[] | undefined, choice: TagChoice): boolean {
  if (choice === 'all') return true;
  if (choice === 'untagged') return (tags ?? []).length === 0;
  return hasTag(tags, choice.tag);
}

function matches(row: TodayQueueRow | LeftOutRow, filter: TodayFilter): boolean {
  if (filter.kind !== 'all' && row.account.kind !== filter.kind) return false;
  if (filter.bucket !== 'all' && agingBucketFor(row.oldestDaysPastDue) !== filter.bucket) return false;
  return matchesTag(row.account.tags, filter.tag);
}

export function filterTodayQueue(queue: TodayQueue, filter: TodayFilter): TodayQueue {
  if (filter.kind === 'all' && filter.bucket === 'all' && filter.tag === 'all') return queue;
  return {
    officeToday: queue.officeToday,
    rows: queue.rows.filter((row) => matches(row, filter)),
    leftOut: queue.leftOut.filter((row) => matches(row, filter)),
  };
}

/** The tags on the accounts of the queue and of the left-out rows: the tag filter's choices. */
export function tagsInQueue(queue: TodayQueue, locale?: string): string[] {
  return tagsInUse(
    [...queue.rows, ...queue.leftOut].map((row) => row.account.tags),
    locale,
  );
}
