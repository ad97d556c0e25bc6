// Placing an account with a collection agency (and, if it comes back, recalling it). While an
// account is placed, the agency does the collecting: the account is out of calling and
// reminders, and its timeline says when and with whom it was placed.
import { z } from 'zod';
import { calendarDateSchema, idSchema, instantSchema, requiredText, trimmed } from '../common/primitives';

/** What the user enters in "Place with agency". */
export const placementInputSchema = z.object({
  agencyName: requiredText(160, 'Agency name'),
  placedOn: calendarDateSchema,
  agencyReference: trimmed(80, 'Agency reference').default(''),
  note: trimmed(2000, 'Note').default(''),
});
export type PlacementInput = z.input<typeof placementInputSchema>;
/** The same, as parsed (optional text filled in as ''). */
export type PlacementFields = z.output<typeof placementInputSchema>;

export const agencyPlacementSchema = placementInputSchema.extend({
  id: idSchema,
  customerId: idSchema,
  recordedAt: instantSchema,
  /** When the account came back from the agency; null while it is placed. */
  recalledAt: instantSchema.nullable(),
  recallReason: trimmed(2000, 'Reason').default(''),
});
export type AgencyPlacement = z.infer<typeof agencyPlacementSchema>;

/** The current placement, denormalised onto the customer row so lists and filters need no join. */
export const currentPlacementSchema = z.object({
  placementId: idSchema,
  agencyName: z.string(),
  placedOn: calendarDateSchema,
});
export type CurrentPlacement = z.infer<typeof currentPlacementSchema>;

/** What the user enters in "Recall from agency": why the account came back. */
export const recallInputSchema = z.object({
  reason: requiredText(2000, 'Reason'),
});
export type RecallInput = z.input<typeof recallInputSchema>;

/**
 * The "Place with agency" form's rules on top of the record's: the date placed cannot be later
 * than the office's today (a placement is recorded when it happens, not planned ahead).
 */
export function placementFormSchema(today: string) {
  return placementInputSchema.refine((input) => input.placedOn <= today, {
    path: ['placedOn'],
    message: 'The date placed cannot be in the future.',
  });
}

/** Agency names used before, most recently used first, each once (names differing only in case are one). */
export function agencyNamesUsed(placements: readonly Pick<AgencyPlacement, 'agencyName' | 'recordedAt'>[]): string[] {
  const newestFirst = [...placements].sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
  const seen = new Set<string>();
  const names: string[] = [];
  for (const { agencyName } of newestFirst) {
    const key = agencyName.trim().toLocaleLowerCase();
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    names.push(agencyName.trim());
  }
  return names;
}
