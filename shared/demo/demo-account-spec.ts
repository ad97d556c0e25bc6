// The shape of one hand-written demo account: who the customer is and what routine billing it
// has. Scripted histories (promises, disputes, calls) live in the story files.
import type { PhoneLabel } from './demo-phones';
import type { Contact } from '../contacts/schema';
import type { Customer, CustomerKind, CustomerStatus } from '../customers/schema';
import type { CalendarDate } from '../dates/calendar';

/** What the customer buys from us; picks plausible "what was delivered" lines. */
export type Sector = 'clinic' | 'restaurant' | 'construction' | 'supplier' | 'office' | 'property' | 'home';

/** Invoice sizes: small, medium, large commercial work, or a household job. */
export type AccountSize = 's' | 'm' | 'l' | 'home';

export interface DemoContactSpec {
  name: string;
  role: string;
  authorisesPayment?: boolean;
  /** Fixed numbers (the anchor account); otherwise numbers are generated. */
  phones?: [PhoneLabel, string][];
  notes?: string;
}

/** A contact with no fixed phone number or notes: the common case in the account lists. */
export const demoContact = (name: string, role: string, authorisesPayment = false): DemoContactSpec => ({ name, role, authorisesPayment });

export interface DemoAccountSpec {
  /** Stable handle the stories use to find the account. */
  key: string;
  kind: CustomerKind;
  legalName: string;
  tradingName?: string;
  timeZone: string;
  terms: string;
  sector: Sector;
  size: AccountSize;
  /** line1, city, region, postal code, country. */
  address: [string, string, string, string, string];
  /** Phone area code (US/CA) or UK area code without the trunk 0 ('20', '161', '117'). */
  area: string;
  /** Email domain label for a business: name@<web>.example.com. */
  web?: string;
  contacts: DemoContactSpec[];
  /** Days past due of routine open invoices (negative: not due yet). */
  open: number[];
  /** Older invoices already paid in full (default 2). */
  paidHistory?: number;
  status?: CustomerStatus;
  notes?: string;
}

/** An account once its customer and contact records exist. */
export interface DemoAccount {
  spec: DemoAccountSpec;
  customer: Customer;
  contacts: Contact[];
}

export interface DemoContext {
  today: CalendarDate;
  /** No past event is stamped later than this. */
  now: Date;
  currency: string;
}

/** Terms text to the number of days from issue to due. */
export function termDays(terms: string): number {
  const m = /Net (\d+)/.exec(terms);
  return m ? Number(m[1]) : 0;
}
