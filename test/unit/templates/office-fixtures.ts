// The office the e-mail and letter screens' tests write from, an address for letters, and the
// template editor's steps (the merge-field picker, the cursor in a field).
import { act, fireEvent, screen } from '@testing-library/react';
import { defaultSettings, type Settings } from '../../../shared/settings/schema';
import { click } from '../forms/render-with-db';

export const brightsideOffice: Settings = {
  ...defaultSettings,
  companyName: 'Brightside Plumbing',
  callerName: 'Ana Costa',
  callbackNumber: '(415) 555-0199',
  paymentDetails: 'Bank of the Bay, account 0042 1177',
  locale: 'en-US',
  currency: 'USD',
  officeTimeZone: 'America/Los_Angeles',
};

/** The same office with the address its letters are headed with. */
export const brightsideLetterOffice: Settings = { ...brightsideOffice, companyAddress: '9 Pipe Lane\nSacramento CA 95814' };

export const daytonBilling = {
  label: 'billing' as const,
  line1: '1 Main St',
  line2: '',
  city: 'Dayton',
  region: 'OH',
  postalCode: '45402',
  country: 'US',
};

/** Picks a field in the merge-field picker and inserts it into the named part. */
export function insertField(name: string, into: string): void {
  fireEvent.change(screen.getByLabelText('Merge field'), { target: { value: name } });
  click(`Insert into ${into}`);
}

/** Puts the cursor in a field at `at` (its end when left out), as clicking into it would. */
export function cursorIn(label: string, at?: number): HTMLInputElement | HTMLTextAreaElement {
  const field = screen.getByLabelText(label) as HTMLInputElement | HTMLTextAreaElement;
  act(() => field.focus());
  const position = at ?? field.value.length;
  field.setSelectionRange(position, position);
  return field;
}
