// Calls: started when the user dials (or logs a call), kept open while the script and the note
// editor are in use, closed with an outcome. A call interrupted by a crash stays open and can be
// resumed. A closed call is never edited; corrections are new notes that reference it.
import { z } from 'zod';
import { callOutcomeSchema, movesOpenCallback, type CallOutcome } from '../../shared/calls/outcome';
import { callSchema, type Call } from '../../shared/calls/schema';
import { newId } from '../../shared/common/ids';
import { contactRuleOverrideNote, contactRuleOverrideSchema, type ContactRuleOverride } from '../../shared/contact-rules/override';
import { disputeSchema, type Dispute } from '../../shared/disputes/schema';
import { followUpSchema, type FollowUp } from '../../shared/follow-ups/schema';
import { noteSchema, type Note } from '../../shared/notes/schema';
import { placedCallRefusal } from '../../shared/placements/placement-text';
import { paymentPromiseSchema, type PaymentPromise } from '../../shared/promises/schema';
import { refreshCustomerSummary, summaryTables } from '../data/customer-summary';
import type { CallDeskDb } from '../data/db';
import { getSettings } from '../settings/settings-repository';
import { scriptForCall } from '../scripts/library/script-repository';

const alreadyClosed = 'This call is already closed.';

async function requireCall(db: CallDeskDb, callId: string): Promise<Call> {
  const call = await db.calls.get(callId);
  if (!call) throw new Error('This call no longer exists.');
  return call;
}

/**
 * Opens a call. `override`: the call goes ahead despite the contact rules; the reason is
 * written on the timeline in the same transaction, so neither is stored without the other.
 */
export async function startCall(
  db: CallDeskDb,
  input: {
    customerId: string;
    contactId: string | null;
    phoneNumber: string | null;
    phoneE164?: string | null;
    dialled: boolean;
    /** The script the call opens with; its version today is recorded with it. */
    scriptId: string;
    now?: Date;
    override?: ContactRuleOverride | null;
  },
): Promise<Call> {
  const override = input.override ? contactRuleOverrideSchema.parse(input.override) : null;
  const startedAt = (input.now ?? new Date()).toISOString();
  const opened = {
    id: newId(),
    customerId: input.customerId,
    contactId: input.contactId,
    phoneNumber: input.phoneNumber,
    phoneE164: input.phoneE164 ?? null,
    dialled: input.dialled,
    startedAt,
    endedAt: null,
    durationSeconds: null,
    status: 'open',
    result: null,
    scriptId: input.scriptId,
    stepsCovered: [],
    branchesTaken: [],
    contactDetailsConfirmed: false,
    note: '',
    promiseId: null,
    disputeId: null,
    followUpId: null,
  };
  callSchema.parse(opened); // a bad input is refused before the transaction
  return db.transaction('rw', [db.customers, db.contacts, db.calls, db.notes, db.settings, db.scriptVersions], async () => {
    // The script's version today is recorded with the call (and a built-in's wording kept with it).
    const script = await scriptForCall(db, input.scriptId, new Date(startedAt));
    const settings = await getSettings(db);
    const call = callSchema.parse({ ...opened, scriptVersion: script.version, recordingConsent: settings.recordingConsentLine });
    const customer = await db.customers.get(call.customerId);
    if (!customer) throw new Error('This customer no longer exists.');
    // The agency collects a placed account; the app does not call it (issue 4).
    if (customer.placement) throw new Error(placedCallRefusal(customer.placement, settings.locale));
    if (call.contactId) {
      const contact = await db.contacts.get(call.contactId);
      if (!contact || contact.customerId !== call.customerId) throw new Error('This contact no longer exists.');
    }
    // One open call per customer: a second one would be left open forever.
    if (await findOpenCall(db, call.customerId)) throw new Error('A call with this customer is already open; finish it first.');
    if (override) await db.notes.add(noteSchema.parse(contactRuleOverrideNote(call.customerId, override, new Date(startedAt))));
    await db.calls.add(call);
    return call;
  });
}

export function getCall(db: CallDeskDb, id: string): Promise<Call | undefined> {
  return db.calls.get(id);
}

/** The customer's call that was started and never closed (for instance, by a crash). */
export function findOpenCall(db: CallDeskDb, customerId: string): Promise<Call | undefined> {
  return db.calls
    .where('status')
    .equals('open')
    .filter((c) => c.customerId === customerId)
    .first();
}

/** Every open call, oldest first: what to offer to resume when the app starts. */
export async function listOpenCalls(db: CallDeskDb): Promise<Call[]> {
  const calls = await db.calls.where('status').equals('open').toArray();
  return calls.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

const progressSchema = z.object({ stepsCovered: z.array(z.string()), branchesTaken: z.array(z.string()) });

export function updateCallProgress(
  db: CallDeskDb,
  callId: string,
  progress: { stepsCovered: string[]; branchesTaken: string[] },
): Promise<Call> {
  const parsed = progressSchema.parse(progress);
  return db.transaction('rw', db.calls, async () => {
    const call = await requireCall(db, callId);
    if (call.status !== 'open') throw new Error(alreadyClosed);
    const updated: Call = { ...call, ...parsed };
    await db.calls.put(updated);
    return updated;
  });
}

/**
 * The caller switched scripts during the call: the call records the one now in use, at its newest
 * version. What was covered stays (steps the scripts share keep their ids).
 */
export function switchCallScript(db: CallDeskDb, callId: string, scriptId: string, now: Date = new Date()): Promise<Call> {
  return db.transaction('rw', [db.calls, db.scriptVersions], async () => {
    const call = await requireCall(db, callId);
    if (call.status !== 'open') throw new Error(alreadyClosed);
    const script = await scriptForCall(db, scriptId, now);
    const updated: Call = { ...call, scriptId: script.id, scriptVersion: script.version };
    await db.calls.put(callSchema.parse(updated));
    return updated;
  });
}

/** A correction to a closed call: a new note that names the call (the call itself is not edited). */
export async function addCallCorrection(db: CallDeskDb, callId: string, text: string, now: Date = new Date()): Promise<Note> {
  return db.transaction('rw', [db.calls, db.notes], async () => {
    const call = await requireCall(db, callId);
    if (call.status !== 'closed') throw new Error('Only a closed call can be corrected; edit the note while the call is open.');
    const note = noteSchema.parse({
      id: newId(),
      customerId: call.customerId,
      kind: 'call-correction',
      text,
      correctsCallId: call.id,
      createdAt: now.toISOString(),
    });
    await db.notes.add(note);
    return note;
  });
}

// --- Closing: one transaction writes the promise, dispute and follow-up the call produced,
// freezes the call with its outcome, drops the note draft and refreshes the customer's last
// call. If any part fails, nothing is written.

async function requireOwnInvoices(db: CallDeskDb, customerId: string, invoiceIds: string[]): Promise<void> {
  const invoices = await db.invoices.bulkGet(invoiceIds);
  if (invoices.some((i) => !i || i.customerId !== customerId)) {
    throw new Error('The outcome names an invoice of another customer or one that no longer exists.');
  }
}

function buildRecords(call: Call, outcome: CallOutcome, at: string) {
  const owner = { customerId: call.customerId, callId: call.id };
  const promise: PaymentPromise | null = outcome.promise
    ? paymentPromiseSchema.parse({ ...outcome.promise, ...owner, id: newId(), contactId: call.contactId, status: 'open', createdAt: at })
    : null;
  const dispute: Dispute | null = outcome.dispute
    ? disputeSchema.parse({ ...outcome.dispute, ...owner, id: newId(), status: 'open', openedAt: at, resolvedAt: null })
    : null;
  const followUp: FollowUp | null = outcome.followUp
    ? followUpSchema.parse({ ...outcome.followUp, ...owner, id: newId(), status: 'open', createdAt: at, completedAt: null })
    : null;
  return { promise, dispute, followUp };
}

/** The customer's open callback due first, if there is one. */
async function soonestOpenCallback(db: CallDeskDb, customerId: string): Promise<FollowUp | null> {
  const mine = await db.followUps.where('customerId').equals(customerId).toArray();
  const callbacks = mine.filter((f) => f.status === 'open' && f.kind === 'callback').sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return callbacks[0] ?? null;
}

export async function closeCall(db: CallDeskDb, callId: string, outcome: CallOutcome, now: Date = new Date()): Promise<Call> {
  const parsed = callOutcomeSchema.parse(outcome);
  const at = now.toISOString();
  const tables = [db.promises, db.disputes, db.followUps, db.noteDrafts, ...summaryTables(db)];
  return db.transaction('rw', tables, async () => {
    const call = await db.calls.get(callId);
    if (!call) throw new Error('This call no longer exists.');
    if (call.status === 'closed') throw new Error('This call is already closed.');
    const namedInvoices = [...(parsed.promise?.invoiceIds ?? []), ...(parsed.dispute?.invoiceId ? [parsed.dispute.invoiceId] : [])];
    await requireOwnInvoices(db, call.customerId, namedInvoices);

    const { promise, dispute, followUp: created } = buildRecords(call, parsed, at);
    // Another "no answer" moves the callback already waiting rather than stacking a copy of it.
    const waiting = movesOpenCallback(parsed.result, parsed.followUp?.kind) ? await soonestOpenCallback(db, call.customerId) : null;
    const followUp: FollowUp | null =
      waiting && created ? { ...waiting, dueAt: created.dueAt, note: created.note || waiting.note } : created;
    const closed = callSchema.parse({
      ...call,
      status: 'closed',
      endedAt: at,
      durationSeconds: Math.max(0, Math.round((now.getTime() - Date.parse(call.startedAt)) / 1000)),
      result: parsed.result,
      contactDetailsConfirmed: parsed.contactDetailsConfirmed,
      note: parsed.note,
      stepsCovered: parsed.stepsCovered,
      branchesTaken: parsed.branchesTaken,
      promiseId: promise?.id ?? null,
      disputeId: dispute?.id ?? null,
      followUpId: followUp?.id ?? null,
    });
    if (promise) await db.promises.add(promise);
    if (dispute) await db.disputes.add(dispute);
    if (followUp) await db.followUps.put(followUp);
    await db.calls.put(closed);
    await db.noteDrafts.delete(callId);
    await refreshCustomerSummary(db, call.customerId);
    return closed;
  });
}
