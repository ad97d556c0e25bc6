// QuickBooks Desktop reports exported with "Export → CSV": the report's indent levels become
// empty leading columns, customers and jobs are group rows ("Kern Lighting:Store #34"), totals
// read "Total Kern Lighting" and the last one "TOTAL". QuickBooks Desktop is sold in the US
// (and Canada, also month first): mm/dd/yyyy.
import type { ImportPreset } from '../model';

const common = {
  invoiceNumber: ['num'],
  transactionType: ['type'],
  invoiceDate: ['date'],
  dueDate: ['due date'],
  openBalance: ['open balance'],
  amount: ['amount'],
  poNumber: ['p. o. #', 'p.o. #', 'po #'],
  terms: ['terms'],
  description: ['memo'],
};

/** Reports → Customers & Receivables → A/R Aging Detail: sections by aging period, a Name column. */
export const quickBooksDesktopArAgingDetail: ImportPreset = {
  id: 'quickbooks-desktop-ar-aging-detail',
  name: 'QuickBooks Desktop — A/R Aging Detail',
  source: 'quickbooks-desktop',
  content: 'invoices',
  requiredHeaders: ['type', 'date', 'num', 'name', 'due date', 'aging', 'open balance'],
  optionalHeaders: ['p. o. #', 'terms', 'memo', 'amount', 'class'],
  columns: { customer: ['name'], ...common },
  fullListByDefault: true,
  dateOrder: 'mdy',
  // Group rows are aging periods here, not customers; should the Name column be hidden, the
  // customer cannot be known and the user maps it.
};

/** Reports → Customers & Receivables → Open Invoices: grouped by customer and job, no Name column. */
export const quickBooksDesktopOpenInvoices: ImportPreset = {
  id: 'quickbooks-desktop-open-invoices',
  name: 'QuickBooks Desktop — Open Invoices',
  source: 'quickbooks-desktop',
  content: 'invoices',
  requiredHeaders: ['type', 'date', 'num', 'due date', 'aging', 'open balance'],
  optionalHeaders: ['p. o. #', 'terms', 'memo', 'amount', 'class'],
  columns: { customer: ['name'], ...common },
  fullListByDefault: true,
  dateOrder: 'mdy',
  customerFromGroup: true,
};

/**
 * File → Utilities → Export → Lists to IIF Files → Customer List: the reader keeps the !CUST
 * columns. The address is BADDR1–BADDR5, the first usually the addressee: address1 names
 * BADDR1 and the interpretation reads the lines after it as the rest of the address.
 */
export const quickBooksDesktopIifCustomers: ImportPreset = {
  id: 'quickbooks-desktop-iif-customers',
  name: 'QuickBooks Desktop — Customer list (IIF)',
  source: 'quickbooks-desktop',
  content: 'customers',
  requiredHeaders: ['name', 'baddr1', 'phone1', 'faxnum', 'cont1'],
  optionalHeaders: ['refnum', 'baddr2', 'baddr3', 'phone2', 'email', 'companyname', 'firstname', 'lastname', 'terms', 'accnum'],
  columns: {
    customer: ['name'],
    customerAccount: ['accnum'],
    contactName: ['cont1'],
    contactFirstName: ['firstname'],
    contactLastName: ['lastname'],
    email: ['email'],
    phone: ['phone1'],
    mobile: ['phone2'],
    address1: ['baddr1'],
  },
  fullListByDefault: false,
  dateOrder: 'mdy',
};

export const quickBooksDesktopPresets: ImportPreset[] = [
  quickBooksDesktopArAgingDetail,
  quickBooksDesktopOpenInvoices,
  quickBooksDesktopIifCustomers,
];
