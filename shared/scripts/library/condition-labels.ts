// What each line condition means, in the words the script editor shows beside a line ("Shown
// when: the account has something past due").
import type { LineCondition, LineWhen } from '../model';

export const lineConditionLabels: Record<LineCondition, string> = {
  'contact-known': 'a contact is chosen for the call',
  'contact-unknown': 'no contact is chosen',
  'authoriser-is-contact': 'the contact approves payment',
  'authoriser-elsewhere': 'someone else, known by name, approves payment',
  'authoriser-unknown': 'nobody is known to approve payment',
  'past-due': 'something is past due',
  'nothing-past-due': 'nothing is past due',
  'oldest-sent-known': 'we know when the oldest invoice was sent',
  'oldest-sent-unknown': 'we do not know when the oldest invoice was sent',
  'billing-address-known': 'the billing address is known',
  'billing-address-unknown': 'the billing address is not known',
  'billing-email-known': 'the billing email is known',
  'billing-email-unknown': 'the billing email is not known',
  'how-to-pay-known': 'Settings say how customers pay',
  'last-promise': 'a promise was made before',
  'last-promise-missed': 'the last promise was missed',
  'last-promise-kept': 'the last promise was kept',
  'last-promise-pending': 'the last promise is not yet due',
  'no-last-promise': 'no promise was ever made',
  'open-not-yet-due': 'invoices are open but none is past due',
  'nothing-open': 'the account is paid up',
};

/** A line's condition as one form value: '' for always, conditions joined with '+'. */
export function whenToKey(when: LineWhen | undefined): string {
  if (when === undefined) return '';
  return typeof when === 'string' ? when : when.join('+');
}

export function keyToWhen(key: string): LineWhen | undefined {
  if (key === '') return undefined;
  const parts = key.split('+') as LineCondition[];
  return parts.length === 1 ? parts[0] : parts;
}

/** "something is past due and a contact is chosen for the call"; '' for always. */
export function describeWhen(key: string): string {
  const when = keyToWhen(key);
  if (when === undefined) return '';
  const parts = typeof when === 'string' ? [when] : when;
  return parts.map((c) => lineConditionLabels[c] ?? c).join(' and ');
}
