// Wave: Sales → Invoices → Export (one row per invoice) and Sales → Customers → Export.
// Wave writes ISO dates (yyyy-mm-dd) in exports.
import type { ImportPreset } from '../model';

/** Holds paid invoices too (Amount Due 0) and follows the list's filter: not a full list. */
export const waveInvoices: ImportPreset = {
  id: 'wave-invoices',
  name: 'Wave — Invoices export',
  source: 'wave',
  content: 'invoices',
  requiredHeaders: ['invoice number', 'customer', 'invoice date', 'due date', 'amount due'],
  optionalHeaders: ['invoice total', 'status', 'currency', 'p.o./s.o. number'],
  columns: {
    customer: ['customer'],
    invoiceNumber: ['invoice number'],
    invoiceDate: ['invoice date'],
    dueDate: ['due date'],
    amount: ['invoice total', 'total'],
    openBalance: ['amount due'],
    currency: ['currency'],
    poNumber: ['p.o./s.o. number'],
  },
  fullListByDefault: false,
};

export const waveCustomers: ImportPreset = {
  id: 'wave-customers',
  name: 'Wave — Customers export',
  source: 'wave',
  content: 'customers',
  requiredHeaders: ['customer name', 'email', 'first name', 'last name', 'phone'],
  optionalHeaders: ['mobile', 'account number', 'address line 1', 'city', 'province/state', 'postal code/zip code', 'country', 'currency'],
  columns: {
    customer: ['customer name'],
    customerAccount: ['account number'],
    email: ['email'],
    contactFirstName: ['first name'],
    contactLastName: ['last name'],
    phone: ['phone'],
    mobile: ['mobile'],
    address1: ['address line 1'],
    address2: ['address line 2'],
    city: ['city'],
    region: ['province/state'],
    postalCode: ['postal code/zip code'],
    country: ['country'],
  },
  fullListByDefault: false,
};

export const wavePresets: ImportPreset[] = [waveInvoices, waveCustomers];
