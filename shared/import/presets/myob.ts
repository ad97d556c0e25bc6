// MYOB (Australia and New Zealand only, both day first: dd/mm/yyyy).
import type { ImportPreset } from '../model';

/**
 * MYOB Business: Sales → Invoices → Export (one row per invoice, paid ones with Balance due 0,
 * following the list's filter): not a full list of open items.
 */
export const myobInvoices: ImportPreset = {
  id: 'myob-invoices',
  name: 'MYOB — Invoices export',
  source: 'myob',
  content: 'invoices',
  requiredHeaders: ['invoice number', 'customer', 'issue date', 'due date', 'balance due'],
  optionalHeaders: ['customer po number', 'total amount', 'status', 'currency'],
  columns: {
    customer: ['customer'],
    invoiceNumber: ['invoice number'],
    poNumber: ['customer po number'],
    invoiceDate: ['issue date'],
    dueDate: ['due date'],
    amount: ['total amount'],
    openBalance: ['balance due'],
    currency: ['currency'],
  },
  fullListByDefault: false,
  dateOrder: 'dmy',
};

/**
 * MYOB AccountRight: File → Export Data → Cards → Customer Cards (tab separated). Address 1's
 * columns are followed by Address 2's with the same names ("- Line 1"…): the first wins.
 */
export const myobCustomerCards: ImportPreset = {
  id: 'myob-customer-cards',
  name: 'MYOB — Customer cards export',
  source: 'myob',
  content: 'customers',
  requiredHeaders: ['co./last name', 'first name', 'card id', 'addr 1 - line 1', '- phone # 1'],
  optionalHeaders: [
    'card status',
    'currency code',
    '- city',
    '- state',
    '- postcode',
    '- country',
    '- email',
    '- contact name',
    '- phone # 2',
  ],
  columns: {
    customer: ['co./last name'],
    customerAccount: ['card id'],
    address1: ['addr 1 - line 1'],
    address2: ['- line 2'],
    city: ['- city'],
    region: ['- state'],
    postalCode: ['- postcode'],
    country: ['- country'],
    phone: ['- phone # 1'],
    mobile: ['- phone # 2'],
    email: ['- email'],
    contactName: ['- contact name'],
  },
  fullListByDefault: false,
  dateOrder: 'dmy',
};

export const myobPresets: ImportPreset[] = [myobInvoices, myobCustomerCards];
