// FreshBooks: Invoices → Export to CSV (one row per invoice), and Clients → Export to CSV.
// FreshBooks writes ISO dates (yyyy-mm-dd) in its exports, so no order needs choosing.
import type { ImportPreset } from '../model';

/** Every invoice in the chosen filter, paid ones with Outstanding 0: not a full list of open items. */
export const freshBooksInvoices: ImportPreset = {
  id: 'freshbooks-invoices',
  name: 'FreshBooks — Invoices export',
  source: 'freshbooks',
  content: 'invoices',
  requiredHeaders: ['invoice #', 'date issued', 'due date', 'amount', 'outstanding'],
  optionalHeaders: ['client name', 'organization', 'status', 'paid', 'currency', 'po number', 'email'],
  columns: {
    customer: ['organization', 'client name', 'client'],
    contactName: ['client name'],
    email: ['email'],
    invoiceNumber: ['invoice #'],
    invoiceDate: ['date issued'],
    dueDate: ['due date'],
    amount: ['amount'],
    amountPaid: ['paid'],
    openBalance: ['outstanding'],
    currency: ['currency'],
    poNumber: ['po number'],
  },
  fullListByDefault: false,
};

export const freshBooksClients: ImportPreset = {
  id: 'freshbooks-clients',
  name: 'FreshBooks — Clients export',
  source: 'freshbooks',
  content: 'customers',
  requiredHeaders: ['organization', 'first name', 'last name', 'email', 'business phone'],
  optionalHeaders: ['mobile phone', 'address line 1', 'city', 'province/state', 'postal/zip code', 'country', 'currency'],
  columns: {
    customer: ['organization'],
    contactFirstName: ['first name'],
    contactLastName: ['last name'],
    email: ['email'],
    phone: ['business phone'],
    mobile: ['mobile phone'],
    address1: ['address line 1'],
    address2: ['address line 2'],
    city: ['city'],
    region: ['province/state'],
    postalCode: ['postal/zip code'],
    country: ['country'],
  },
  fullListByDefault: false,
};

export const freshBooksPresets: ImportPreset[] = [freshBooksInvoices, freshBooksClients];
