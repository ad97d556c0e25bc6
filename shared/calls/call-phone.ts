// The number a call was made on, shown by the same rule as every stored number.
import { formatPhone } from '../phone/phone';
import type { Call } from './schema';

/** The call's number for display, or null for a call logged without a number. */
export function callPhoneShown(call: Pick<Call, 'phoneNumber' | 'phoneE164'>, officeCountry: string): string | null {
  if (call.phoneNumber === null) return null;
  return formatPhone({ number: call.phoneNumber, e164: call.phoneE164 ?? null }, officeCountry);
}
