// The unit of generated data: plain records for every stored table, ready for bulk loading.
import type { Call } from '../calls/schema';
import type { Contact } from '../contacts/schema';
import type { Customer } from '../customers/schema';
import type { Dispute } from '../disputes/schema';
import type { FollowUp } from '../follow-ups/schema';
import type { Invoice } from '../invoices/schema';
import type { Note } from '../notes/schema';
import type { Payment } from '../payments/schema';
import type { PaymentPromise } from '../promises/schema';

export type DataSet = {
  customers: Customer[];
  contacts: Contact[];
  invoices: Invoice[];
  payments: Payment[];
  calls: Call[];
  notes: Note[];
  promises: PaymentPromise[];
  disputes: Dispute[];
  followUps: FollowUp[];
};

export function emptyDataSet(): DataSet {
  return { customers: [], contacts: [], invoices: [], payments: [], calls: [], notes: [], promises: [], disputes: [], followUps: [] };
}
