// Placing an account with a collection agency and recalling it. Each is one transaction over the
// placement record and the customer row (whose `placement` field lists, filters, calls and
// reminders read), so the two never disagree. While placed, the account's promises and
// follow-ups stay as they are but are not due work: reminders, the Follow-ups list and the
// Promises due lists leave them out, and they come back unchanged on recall.
import { newId } from '../../shared/common/ids';
import { isCalendarDate, todayIn } from '../../shared/dates/calendar';
import { zonedTimeMs } from '../../shared/dates/zoned-time';
import {
  agencyNamesUsed,
  agencyPlacementSchema,
  placementFormSchema,
  recallInputSchema,
  type AgencyPlacement,
  type CurrentPlacement,
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
    if (await findOpenCall(db, customerId))
      throw new Error('A call with this customer is still open. Finish it before placing the account.');
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

/** Agency names longer than the form allows are cut, an empty one named as unknown. */
function rebuiltAgencyName(name: string): string {
  return name.trim().slice(0, 160) || 'Unknown agency';
}

/**
 * The customer row says the account is placed, but its placement record is gone (a bulk load or
 * an old backup can leave it so). Rather than strand the account out of calling, the record is
 * rebuilt from what the row knew, placed at the start of the day placed in the office's time zone,
 * so the timeline still shows when and with whom the account was placed, and that it came back.
 */
function rebuiltPlacement(
  current: CurrentPlacement,
  customerId: string,
  officeTimeZone: string,
  recalledAt: string,
  recallReason: string,
): AgencyPlacement {
  const placedOn = isCalendarDate(current.placedOn) ? current.placedOn : todayIn(officeTimeZone, new Date(recalledAt));
  const placedAt = new Date(Math.min(zonedTimeMs(placedOn, 0, 0, officeTimeZone), Date.parse(recalledAt))).toISOString();
  return agencyPlacementSchema.parse({
    id: newId(),
    customerId,
    agencyName: rebuiltAgencyName(current.agencyName),
    placedOn,
    agencyReference: '',
    note: 'The original placement record was missing; this one was rebuilt from the account when it was recalled, so the agency reference and note are not known.',
    recordedAt: placedAt,
    recalledAt,
    recallReason,
  });
}

/**
 * Brings the account back from its agency: the placement is closed with the reason given. A
 * placement whose record is missing is still recalled, with the record rebuilt (see above).
 */
export async function recallFromAgency(
  db: CallDeskDb,
  customerId: string,
  input: RecallInput,
  opts: PlacementWriteOptions = {},
): Promise<AgencyPlacement> {
  const { reason } = recallInputSchema.parse(input);
  const at = (opts.now ?? new Date()).toISOString();
  return db.transaction('rw', [db.customers, db.placements, db.settings], async () => {
    const customer = await db.customers.get(customerId);
    if (!customer) throw new Error('This customer no longer exists.');
    if (!customer.placement) throw new Error('This account is not placed with an agency.');
    const stored = await db.placements.get(customer.placement.placementId);
    const recalled: AgencyPlacement =
      stored && stored.customerId === customerId
        ? { ...stored, recalledAt: at, recallReason: reason }
        : rebuiltPlacement(customer.placement, customerId, (await getSettings(db)).officeTimeZone, at, reason);
    await db.placements.put(recalled);
    await db.customers.put({ ...customer, placement: null, updatedAt: at });
    return recalled;
  });
}

/** Agency names used on any account before, most recent first: suggested in the form. */
export async function listAgencyNames(db: CallDeskDb): Promise<string[]> {
  return agencyNamesUsed(await db.placements.toArray());
}
