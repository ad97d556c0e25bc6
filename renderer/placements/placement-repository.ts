// Placing an account with a collection agency and recalling it. Each is one transaction over the
// placement record and the customer row (whose `placement` field lists, filters, calls and
// reminders read), so the two never disagree. While placed, the account's promises and
// follow-ups stay as they are but are not due work: reminders, the Follow-ups list and the
// Promises due lists leave them out, and they come back unchanged on recall.
import { newId } from '../../shared/common/ids';
import { todayIn } from '../../shared/dates/calendar';
import {
  agencyNamesUsed,
  agencyPlacementSchema,
  placementFormSchema,
  recallInputSchema,
  type AgencyPlacement,
  type PlacementInput,
  type RecallInput,
} from '../../shared/placements/schema';
import { placedWithText } from '../../shared/placements/placement-text';
import { findOpenCall } from '../calls/call-repository';
import type { CallDeskDb } from '../data/db';
import { getSettings } from '../settings/settings-repository';

export interface PlacementWriteOptions {
  now?: Date;
}

/** Records the placement and marks the customer placed. A ZodError names the field at fault. */
export async function placeWithAgency(
  db: CallDeskDb,
  customerId: string,
  input: PlacementInput,
  opts: PlacementWriteOptions = {},
): Promise<AgencyPlacement> {
  const now = opts.now ?? new Date();
  return db.transaction('rw', [db.customers, db.placements, db.calls, db.settings], async () => {
    const settings = await getSettings(db);
    const parsed = placementFormSchema(todayIn(settings.officeTimeZone, now)).parse(input);
    const customer = await db.customers.get(customerId);
    if (!customer) throw new Error('This customer no longer exists.');
    if (customer.placement) {
      throw new Error(`${placedWithText(customer.placement, settings.locale)}. Recall it from that agency before placing it again.`);
    }
    if (await findOpenCall(db, customerId)) throw new Error('A call with this customer is still open. Finish it before placing the account.');
    const placement = agencyPlacementSchema.parse({
      ...parsed,
      id: newId(),
      customerId,
      recordedAt: now.toISOString(),
      recalledAt: null,
      recallReason: '',
    });
    await db.placements.add(placement);
    await db.customers.put({
      ...customer,
      placement: { placementId: placement.id, agencyName: placement.agencyName, placedOn: placement.placedOn },
      updatedAt: placement.recordedAt,
    });
    return placement;
  });
}

/** Brings the account back from its agency: the placement is closed with the reason given. */
export async function recallFromAgency(
  db: CallDeskDb,
  customerId: string,
  input: RecallInput,
  opts: PlacementWriteOptions = {},
): Promise<AgencyPlacement> {
  const { reason } = recallInputSchema.parse(input);
  const at = (opts.now ?? new Date()).toISOString();
  return db.transaction('rw', [db.customers, db.placements], async () => {
    const customer = await db.customers.get(customerId);
    if (!customer) throw new Error('This customer no longer exists.');
    if (!customer.placement) throw new Error('This account is not placed with an agency.');
    const stored = await db.placements.get(customer.placement.placementId);
    if (!stored || stored.customerId !== customerId) throw new Error('The record of this placement is missing; it cannot be recalled.');
    const recalled: AgencyPlacement = { ...stored, recalledAt: at, recallReason: reason };
    await db.placements.put(recalled);
    await db.customers.put({ ...customer, placement: null, updatedAt: at });
    return recalled;
  });
}

/** Agency names used on any account before, most recent first: suggested in the form. */
export async function listAgencyNames(db: CallDeskDb): Promise<string[]> {
  return agencyNamesUsed(await db.placements.toArray());
}
