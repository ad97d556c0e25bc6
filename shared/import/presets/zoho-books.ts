// Zoho Books: Sales → Invoices → Export (one row per invoice LINE item, the invoice's Total and
// Balance repeated on each) and Sales → Customers → Export. Dates are written in the
// organisation's date format: the column decides, the user is asked when it cannot.
import type { ImportPreset } from '../model';

/** The export follows the list's filter and holds paid invoices (Balance 0): not a full list. */
export const zohoBooksInvoices: ImportPreset = {
  id: 'zoho-books-invoices',
  name: 'Zoho Books — Invoices export',
  source: 'zoho-books',
  content: 'invoices',
  requiredHeaders: ['invoice date', 'invoice number', 'customer name', 'due date', 'total', 'balance'],
  optionalHeaders: [
    'invoice id',
    'invoice status',
    'customer id',
    'currency code',
    'purchaseorder',
    'item name',
    'item desc',
    'item total',
    'payment terms label',
  ],
  columns: {
    customer: ['customer name'],
    customerAccount: ['customer id'],
    invoiceNumber: ['invoice number'],
    invoiceDate: ['invoice date'],
    dueDate: ['due date'],
    amount: ['total'],
    openBalance: ['balance'],
    currency: ['currency code'],
    poNumber: ['purchaseorder'],
    terms: ['payment terms label'],
    description: ['item desc', 'item name'],
    lineAmount: ['item total'],
  },
  fullListByDefault: false,
  groupInvoiceLines: true,
};

export const zohoBooksCustomers: ImportPreset = {
  id: 'zoho-books-customers',
  name: 'Zoho Books — Customers export',
  source: 'zoho-books',
  content: 'customers',
  requiredHeaders: ['display name', 'company name', 'first name', 'last name', 'emailid'],
  optionalHeaders: [
    'contact id',
    'phone',
    'mobilephone',
    'billing address',
    'billing city',
    'billing state',
    'billing code',
    'billing country',
    'currency code',
  ],
  columns: {
    customer: ['display name', 'company name'],
    // The same id the invoice export calls Customer ID, so both files name a customer alike.
    customerAccount: ['contact id'],
    contactFirstName: ['first name'],
    contactLastName: ['last name'],
    email: ['emailid'],
    phone: ['phone'],
    mobile: ['mobilephone'],
    address1: ['billing address'],
    address2: ['billing street2'],
    city: ['billing city'],
    region: ['billing state'],
    postalCode: ['billing code'],
    country: ['billing country'],
  },
  fullListByDefault: false,
};

export const zohoBooksPresets: ImportPreset[] = [zohoBooksInvoices, zohoBooksCustomers];
