// The account's story, newest first: every call, note, correction, promise, payment, dispute,
// follow-up, agency placement and import of the books in one list, as the bookkeeper (and later the agency) reads it.
import type { Call } from '../calls/schema';
import type { Dispute } from '../disputes/schema';
import type { BookChange } from '../import/import-history';
import type { FollowUp } from '../follow-ups/schema';
import type { Note } from '../notes/schema';
import type { Payment } from '../payments/schema';
import type { AgencyPlacement } from '../placements/schema';
import type { PaymentPromise } from '../promises/schema';

export type TimelineEntry =
  | { kind: 'call'; id: string; at: string; call: Call; corrections: Note[] }
  | { kind: 'note'; id: string; at: string; note: Note }
  | { kind: 'promise'; id: string; at: string; promise: PaymentPromise }
  | { kind: 'payment'; id: string; at: string; payment: Payment }
  | { kind: 'dispute'; id: string; at: string; dispute: Dispute }
  | { kind: 'follow-up'; id: string; at: string; followUp: FollowUp }
  /** A placement is two events: placed with the agency, and (later) recalled from it. */
  | { kind: 'placement'; id: string; at: string; event: 'placed' | 'recalled'; placement: AgencyPlacement }
  /** What an import of the books changed on the account. */
  | { kind: 'books'; id: string; at: string; change: BookChange };

export interface TimelineSources {
  calls: readonly Call[];
  notes: readonly Note[];
  promises: readonly PaymentPromise[];
  payments: readonly Payment[];
  disputes: readonly Dispute[];
  followUps: readonly FollowUp[];
  /** Optional: sources without placements (older callers) simply show none. */
  placements?: readonly AgencyPlacement[];
  /** Optional: what imports changed on the account. */
  bookChanges?: readonly BookChange[];
}

/**
 * Corrections are shown under the call they amend (and not again on their own), so the original
 * record and its amendments read together.
 */
export function buildTimeline(sources: TimelineSources): TimelineEntry[] {
  const correctionsByCall = new Map<string, Note[]>();
  for (const note of sources.notes) {
    if (note.kind === 'call-correction' && note.correctsCallId) {
      const list = correctionsByCall.get(note.correctsCallId) ?? [];
      list.push(note);
      correctionsByCall.set(note.correctsCallId, list);
    }
  }
  const callIds = new Set(sources.calls.map((c) => c.id));
  const entries: TimelineEntry[] = [];
  for (const call of sources.calls) {
    const corrections = (correctionsByCall.get(call.id) ?? []).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    entries.push({ kind: 'call', id: call.id, at: call.startedAt, call, corrections });
  }
  for (const note of sources.notes) {
    if (note.kind === 'call-correction' && note.correctsCallId && callIds.has(note.correctsCallId)) continue;
    entries.push({ kind: 'note', id: note.id, at: note.createdAt, note });
  }
  for (const promise of sources.promises) entries.push({ kind: 'promise', id: promise.id, at: promise.createdAt, promise });
  for (const payment of sources.payments) entries.push({ kind: 'payment', id: payment.id, at: payment.createdAt, payment });
  for (const dispute of sources.disputes) entries.push({ kind: 'dispute', id: dispute.id, at: dispute.openedAt, dispute });
  for (const followUp of sources.followUps) entries.push({ kind: 'follow-up', id: followUp.id, at: followUp.createdAt, followUp });
  for (const placement of sources.placements ?? []) {
    entries.push({ kind: 'placement', id: `${placement.id}:placed`, at: placement.recordedAt, event: 'placed', placement });
    if (placement.recalledAt)
      entries.push({ kind: 'placement', id: `${placement.id}:recalled`, at: placement.recalledAt, event: 'recalled', placement });
  }
  for (const change of sources.bookChanges ?? []) entries.push({ kind: 'books', id: change.id, at: change.at, change });
  // Newest first; ties keep a stable, meaningful order (a call before what it produced).
  const order: Record<TimelineEntry['kind'], number> = {
    call: 0,
    note: 1,
    promise: 2,
    dispute: 3,
    'follow-up': 4,
    payment: 5,
    placement: 6,
    books: 7,
  };
  return entries.sort((a, b) => b.at.localeCompare(a.at) || order[a.kind] - order[b.kind]);
}
