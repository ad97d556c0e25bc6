// The office, and the moments in it, at which the digest's and Today's stored facts' tests read
// the demo data; and a customer row as the customer form would send it back.
import type { CustomerRow } from '../../../renderer/data/db';
import { computerSettings } from '../../../renderer/settings/computer-defaults';
import type { Settings } from '../../../shared/settings/schema';

// Chicago: 16:45 and 17:00 on 17 June.
export const now = new Date('2026-06-17T21:45:00.000Z');
export const later = new Date('2026-06-17T22:00:00.000Z');

export const office: Settings = {
  ...computerSettings({ timeZone: 'America/Chicago', locales: ['en-US'] }),
  companyName: 'Bayline',
  currency: 'USD',
};

export function customerInputOf(row: CustomerRow) {
  const { kind, legalName, tradingName, accountNumber, timeZone, status, defaultTerms, addresses, notes } = row;
  return { kind, legalName, tradingName, accountNumber, timeZone, status, defaultTerms, addresses, notes };
}
