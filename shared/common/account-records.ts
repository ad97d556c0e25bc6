// The records that make up accounts, named once: one account's file (everything about one
// customer) and whole tables of them (demo data, benchmark data, bulk loads, exports).
import type { Call } from '../calls/schema';
import type { Contact } from '../contacts/schema';
import type { Customer } from '../customers/schema';
import type { Dispute } from '../disputes/schema';
import type { FollowUp } from '../follow-ups/schema';
import type { Invoice } from '../invoices/schema';
import type { Note } from '../notes/schema';
import type { Payment } from '../payments/schema';
import type { AgencyPlacement } from '../placements/schema';
import type { PaymentPromise } from '../promises/schema';

/** Every record that belongs to a customer, by table. */
export interface CustomerOwnedRecords {
  contacts: Contact[];
  invoices: Invoice[];
  payments: Payment[];
  calls: Call[];
  notes: Note[];
  promises: PaymentPromise[];
  disputes: Dispute[];
  followUps: FollowUp[];
  /** Placements with collection agencies, current and past. */
  placements: AgencyPlacement[];
}

/** One customer with all of their records. */
export type AccountRecords<C extends Customer = Customer> = CustomerOwnedRecords & { customer: C };

/** Whole tables: many customers and all of their records. */
export type DataSet = CustomerOwnedRecords & { customers: Customer[] };

export function emptyDataSet(): DataSet {
  return {
    customers: [],
    contacts: [],
    invoices: [],
    payments: [],
    calls: [],
    notes: [],
    promises: [],
    disputes: [],
    followUps: [],
    placements: [],
  };
}
