// Follow-ups (callbacks, promise checks, tasks): the open list, snooze, done and undoing done.
import type { FollowUp } from '../../shared/follow-ups/schema';
import type { CallDeskDb } from '../data/db';

export interface FollowUpRow {
  followUp: FollowUp;
  customerName: string;
  /** The customer's own zone: their time is shown beside the office's. */
  customerTimeZone: string;
}

/**
 * Every open follow-up, soonest due first (so overdue and due ones lead), with its customer.
 * Accounts placed with an agency are left out: the agency collects them, and their follow-ups
 * come back if the account is recalled.
 */
export function listOpenFollowUps(db: CallDeskDb): Promise<FollowUpRow[]> {
  return db.transaction('r', [db.followUps, db.customers], async () => {
    const open = await db.followUps.where('status').equals('open').toArray();
    const customers = await db.customers.bulkGet([...new Set(open.map((f) => f.customerId))]);
    const byId = new Map(customers.flatMap((c) => (c && !c.placement ? [[c.id, c] as const] : [])));
    return open
      .flatMap((followUp) => {
        const customer = byId.get(followUp.customerId);
        return customer === undefined ? [] : [{ followUp, customerName: customer.legalName, customerTimeZone: customer.timeZone }];
      })
      .sort((a, b) => Date.parse(a.followUp.dueAt) - Date.parse(b.followUp.dueAt) || a.customerName.localeCompare(b.customerName));
  });
}

async function requireOpen(db: CallDeskDb, id: string): Promise<FollowUp> {
  const followUp = await db.followUps.get(id);
  if (!followUp) throw new Error('This follow-up no longer exists.');
  if (followUp.status !== 'open') throw new Error('This follow-up is already done.');
  return followUp;
}

/** Moves an open follow-up to a later time. */
export async function snoozeFollowUp(db: CallDeskDb, id: string, until: Date, now: Date = new Date()): Promise<FollowUp> {
  if (Number.isNaN(until.getTime())) throw new Error('Choose when the follow-up should come back.');
  if (until.getTime() <= now.getTime()) throw new Error('Choose a time in the future.');
  return db.transaction('rw', db.followUps, async () => {
    const snoozed: FollowUp = { ...(await requireOpen(db, id)), dueAt: until.toISOString() };
    await db.followUps.put(snoozed);
    return snoozed;
  });
}

export function completeFollowUp(db: CallDeskDb, id: string, now: Date = new Date()): Promise<FollowUp> {
  return db.transaction('rw', db.followUps, async () => {
    const done: FollowUp = { ...(await requireOpen(db, id)), status: 'done', completedAt: now.toISOString() };
    await db.followUps.put(done);
    return done;
  });
}

/**
 * Undoes "Done": done only ever changes the status and the completion time, so putting those
 * back restores the follow-up exactly as it was (its due time, note and call are untouched).
 */
export function reopenFollowUp(db: CallDeskDb, id: string): Promise<FollowUp> {
  return db.transaction('rw', db.followUps, async () => {
    const followUp = await db.followUps.get(id);
    if (!followUp) throw new Error('This follow-up no longer exists.');
    if (followUp.status === 'open') throw new Error('This follow-up is already open.');
    const reopened: FollowUp = { ...followUp, status: 'open', completedAt: null };
    await db.followUps.put(reopened);
    return reopened;
  });
}
