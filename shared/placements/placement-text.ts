// The sentences the app uses about a placed account, written once so the banner, the call
// refusal and the timeline say the same thing.
import { formatCalendarDate } from '../dates/calendar';
import type { CurrentPlacement } from './schema';

/** "Placed with Pacific Recovery Partners on Mar 12, 2025" */
export function placedWithText(placement: Pick<CurrentPlacement, 'agencyName' | 'placedOn'>, locale: string): string {
  return `Placed with ${placement.agencyName} on ${formatCalendarDate(placement.placedOn, locale)}`;
}

/** Why calling is off for a placed account, and how to turn it back on. */
export function callsPausedText(placement: Pick<CurrentPlacement, 'agencyName'>): string {
  return `Calls are paused while ${placement.agencyName} collects this account. Recall it from the agency to call again.`;
}

/** Why the office sends no collection e-mail to a placed account, and how to turn it back on. */
export function emailsPausedText(placement: Pick<CurrentPlacement, 'agencyName'>): string {
  return `Emails are paused while ${placement.agencyName} collects this account: the agency contacts the customer now. Recall it from the agency to email them again.`;
}

/** Why the office sends no collection letter to a placed account, and how to turn it back on. */
export function lettersPausedText(placement: Pick<CurrentPlacement, 'agencyName'>): string {
  return `Letters are paused while ${placement.agencyName} collects this account: the agency contacts the customer now. Recall it from the agency to write to them again.`;
}

/** The refusal when a call is started on a placed account anyway (another window, a shortcut). */
export function placedCallRefusal(placement: Pick<CurrentPlacement, 'agencyName' | 'placedOn'>, locale: string): string {
  return `${placedWithText(placement, locale)}. ${callsPausedText(placement)}`;
}
