// Words for stored codes, as a reader outside the office (an agency, the customer) should see
// them. Labels that already live beside their schema (call results, dispute reasons, promise
// methods, aging buckets) are used from there.
import type { CustomerKind, CustomerStatus, Address } from '../customers/schema';
import type { ContactPhone } from '../contacts/schema';
import type { InvoiceStatus } from '../invoices/schema';
import type { PaymentMethod } from '../payments/schema';
import type { PromiseStatus } from '../promises/schema';

export const customerKindLabels: Record<CustomerKind, string> = { commercial: 'Commercial', consumer: 'Consumer' };

export const customerStatusLabels: Record<CustomerStatus, string> = { active: 'Active', 'on-hold': 'On hold', closed: 'Closed' };

export const invoiceStatusLabels: Record<InvoiceStatus, string> = {
  open: 'Open',
  paid: 'Paid',
  void: 'Void',
  'closed-in-books': 'Closed in the books',
};

export const paymentMethodLabels: Record<PaymentMethod, string> = {
  cheque: 'Cheque',
  card: 'Card',
  'bank-transfer': 'Bank transfer',
  'online-portal': 'Online portal',
  cash: 'Cash',
  other: 'Other',
};

export const promiseStatusLabels: Record<PromiseStatus, string> = {
  open: 'Open',
  kept: 'Kept',
  'partially-kept': 'Partly kept',
  broken: 'Broken',
  cancelled: 'Cancelled',
};

export const addressLabelNames: Record<Address['label'], string> = {
  billing: 'Billing',
  shipping: 'Shipping',
  home: 'Home',
  other: 'Other',
};

export const phoneLabelNames: Record<ContactPhone['label'], string> = {
  office: 'Office',
  direct: 'Direct',
  mobile: 'Mobile',
  home: 'Home',
  other: 'Other',
};

/** One line per address part that is filled in, e.g. ["1450 Embarcadero Ave", "San Francisco, CA 94111", "US"]. */
export function addressLines(a: Address): string[] {
  const cityLine = [a.city, [a.region, a.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [a.line1, a.line2, cityLine, a.country].filter((line) => line && line.trim() !== '');
}
