// Narrowing today's queue to one kind of account or one age bucket. Filtering never re-ranks: the
// rows keep the order the queue gave them.
import { agingBucketFor, type AgingBucket } from '../aging/aging';
import type { CustomerKind } from '../customers/schema';
import type { LeftOutRow, TodayQueue, TodayQueueRow } from './queue';

export interface TodayFilter {
  kind: CustomerKind | 'all';
  /** The age bucket of the oldest past-due invoice ('current' when nothing is past due). */
  bucket: AgingBucket | 'all';
}

export const allAccounts: TodayFilter = { kind: 'all', bucket: 'all' };

function matches(row: TodayQueueRow | LeftOutRow, filter: TodayFilter): boolean {
  if (filter.kind !== 'all' && row.account.kind !== filter.kind) return false;
  if (filter.bucket !== 'all' && agingBucketFor(row.oldestDaysPastDue) !== filter.bucket) return false;
  return true;
}

export function filterTodayQueue(queue: TodayQueue, filter: TodayFilter): TodayQueue {
  if (filter.kind === 'all' && filter.bucket === 'all') return queue;
  return {
    officeToday: queue.officeToday,
    rows: queue.rows.filter((row) => matches(row, filter)),
    leftOut: queue.leftOut.filter((row) => matches(row, filter)),
  };
}
