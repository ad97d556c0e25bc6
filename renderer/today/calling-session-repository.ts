// The calling session is one row of the meta table, so it survives a restart; its summary is
// read from the calls recorded on the session's accounts while it ran.
import Dexie from 'dexie';
import { callingSessionSchema, summarizeSession, type CallingSession, type SessionSummary } from '../../shared/today/calling-session';
import type { CallDeskDb } from '../data/db';

const sessionKey = 'calling-session';

/** The stored session, or null when there is none (or what is stored is no longer readable). */
export async function readCallingSession(db: CallDeskDb): Promise<CallingSession | null> {
  const row = await db.meta.get(sessionKey);
  if (!row) return null;
  const parsed = callingSessionSchema.safeParse(row.value);
  return parsed.success ? parsed.data : null;
}

export async function saveCallingSession(db: CallDeskDb, session: CallingSession): Promise<CallingSession> {
  const checked = callingSessionSchema.parse(session);
  await db.meta.put({ key: sessionKey, value: checked });
  return checked;
}

export async function clearCallingSession(db: CallDeskDb): Promise<void> {
  await db.meta.delete(sessionKey);
}

/** Whether a call on this account was closed after `since` (the outcome is saved: Next may go on). */
export async function hasCallSavedSince(db: CallDeskDb, customerId: string, since: string): Promise<boolean> {
  const saved = await db.calls
    .where('[customerId+startedAt]')
    .between([customerId, Dexie.minKey], [customerId, Dexie.maxKey])
    .filter((call) => call.status === 'closed' && call.endedAt !== null && call.endedAt >= since)
    .first();
  return saved !== undefined;
}

export function readSessionSummary(db: CallDeskDb, session: CallingSession): Promise<SessionSummary> {
  return db.transaction('r', [db.calls, db.promises, db.followUps], async () => {
    const calls = (
      await Promise.all(
        [...new Set(session.customerIds)].map((id) =>
          db.calls.where('[customerId+startedAt]').between([id, session.startedAt], [id, Dexie.maxKey]).toArray(),
        ),
      )
    ).flat();
    const promiseIds = calls.flatMap((c) => (c.promiseId ? [c.promiseId] : []));
    const followUpIds = calls.flatMap((c) => (c.followUpId ? [c.followUpId] : []));
    const [promises, followUps] = await Promise.all([db.promises.bulkGet(promiseIds), db.followUps.bulkGet(followUpIds)]);
    return summarizeSession(
      session,
      calls,
      promises.flatMap((p) => (p ? [p] : [])),
      followUps.flatMap((f) => (f ? [f] : [])),
    );
  });
}
