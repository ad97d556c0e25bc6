// The user's own callback number follows the rule of every stored number: read once when the
// settings are saved (with the phone country saved with it), shown from the stored E.164.
import { formatPhone, storePhone } from '../phone/phone';
import type { Settings } from './schema';

type CallbackFields = Pick<Settings, 'callbackNumber' | 'callbackNumberE164' | 'defaultCountry'>;

/** The callback number as documents and scripts show it; '' when there is none. */
export function callbackNumberShown(settings: CallbackFields): string {
  if (!settings.callbackNumber) return '';
  return formatPhone({ number: settings.callbackNumber, e164: settings.callbackNumberE164 ?? null }, settings.defaultCountry);
}

/**
 * The E.164 to store with settings about to be saved: kept from the stored settings while the
 * number's text is unchanged (a new phone country does not re-read it), else read now with the
 * phone country being saved.
 */
export function callbackNumberE164For(next: CallbackFields, stored: CallbackFields | null): string | null {
  if (!next.callbackNumber) return null;
  if (stored && stored.callbackNumber === next.callbackNumber && stored.callbackNumberE164) return stored.callbackNumberE164;
  return storePhone(next.callbackNumber, next.defaultCountry).e164;
}
