// A fresh database holding one customer and one closed call, which recordings attach to.
import { createCustomer } from '../../../renderer/customers/customer-repository';
import type { CallDeskDb } from '../../../renderer/data/db';
import { customerInput, freshDb } from '../data/fixtures';
import { closedCallRecord } from '../data/records';

export async function dbWithClosedCall(callId: string): Promise<{ db: CallDeskDb; customerId: string }> {
  const db = freshDb();
  const customerId = (await createCustomer(db, customerInput())).id;
  await db.calls.add(closedCallRecord(callId, customerId, '2026-11-20T17:00:00.000Z'));
  return { db, customerId };
}
