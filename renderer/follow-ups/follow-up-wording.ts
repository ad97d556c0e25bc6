import type { FollowUpKind } from '../../shared/follow-ups/schema';

export const followUpKindText: Record<FollowUpKind, string> = {
  callback: 'Callback',
  'promise-check': 'Promise check',
  task: 'Task',
};

/** Due now, or due already on an earlier day (the header counts both as due now). */
export type Dueness = 'overdue' | 'due-now' | 'later';

export function dueness(dueAt: string, now: Date, startOfTodayMs: number): Dueness {
  const ms = Date.parse(dueAt);
  if (ms > now.getTime()) return 'later';
  return ms < startOfTodayMs ? 'overdue' : 'due-now';
}

export function countDueNow(dueAts: Iterable<string>, now: Date): number {
  let count = 0;
  for (const dueAt of dueAts) if (Date.parse(dueAt) <= now.getTime()) count += 1;
  return count;
}
