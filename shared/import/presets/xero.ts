// Xero exports. Xero marks the columns its import needs with a leading '*' ("*ContactName");
// header normalisation drops it, so both the export and the import template are recognised.
// Dates follow the organisation's region (dd/mm/yyyy in the UK, Australia and New Zealand,
// mm/dd/yyyy in the US): no order is assumed, the column decides or the user is asked.
import type { ImportPreset } from '../model';

const postalAddress = {
  address1: ['poaddressline1'],
  address2: ['poaddressline2'],
  city: ['pocity'],
  region: ['poregion'],
  postalCode: ['popostalcode', 'pozipcode'],
  country: ['pocountry'],
};

/**
 * Business → Invoices → Export: one row per invoice LINE; the invoice's own figures (Total,
 * InvoiceAmountDue) repeat on each of its lines, so rows are grouped by invoice number.
 * Which invoices it holds depends on the tab and dates the user exported (paid ones show
 * InvoiceAmountDue 0), so it is not taken as a full list of open items.
 */
export const xeroSalesInvoices: ImportPreset = {
  id: 'xero-sales-invoices',
  name: 'Xero — Sales invoices export',
  source: 'xero',
  content: 'invoices',
  requiredHeaders: ['contactname', 'invoicenumber', 'invoicedate', 'duedate', 'quantity', 'unitamount'],
  optionalHeaders: [
    'emailaddress',
    'reference',
    'total',
    'invoiceamountdue',
    'invoiceamountpaid',
    'lineamount',
    'accountcode',
    'taxtype',
    'currency',
    'type',
    'status',
  ],
  columns: {
    customer: ['contactname'],
    email: ['emailaddress'],
    ...postalAddress,
    invoiceNumber: ['invoicenumber'],
    poNumber: ['reference'],
    invoiceDate: ['invoicedate'],
    dueDate: ['duedate'],
    amount: ['total'],
    amountPaid: ['invoiceamountpaid'],
    openBalance: ['invoiceamountdue'],
    description: ['description'],
    lineAmount: ['lineamount'],
    currency: ['currency'],
    transactionType: ['type'],
  },
  fullListByDefault: false,
  groupInvoiceLines: true,
};

/**
 * Reports → Aged Receivables Detail: grouped by contact (a contact row, its invoices,
 * "Total <contact>"), the balance spread over aging columns and summed in Total.
 */
export const xeroAgedReceivablesDetail: ImportPreset = {
  id: 'xero-aged-receivables-detail',
  name: 'Xero — Aged Receivables Detail',
  source: 'xero',
  content: 'invoices',
  requiredHeaders: ['invoice date', 'invoice number', 'due date', 'current', 'older', 'total'],
  optionalHeaders: ['invoice reference', '< 1 month', '1 month', '2 months', '3 months', 'currency', 'contact'],
  columns: {
    customer: ['contact', 'contact name'],
    invoiceNumber: ['invoice number'],
    poNumber: ['invoice reference'],
    invoiceDate: ['invoice date'],
    dueDate: ['due date'],
    openBalance: ['total'],
    currency: ['currency'],
  },
  fullListByDefault: true,
  customerFromGroup: true,
};

/** Contacts → All contacts → Export: one row per contact, no invoices. */
export const xeroContacts: ImportPreset = {
  id: 'xero-contacts',
  name: 'Xero — Contacts export',
  source: 'xero',
  content: 'customers',
  requiredHeaders: ['contactname', 'accountnumber', 'emailaddress', 'firstname', 'lastname', 'phonenumber'],
  optionalHeaders: ['mobilenumber', 'poaddressline1', 'pocity', 'pocountry', 'ddinumber', 'faxnumber', 'taxnumber'],
  columns: {
    customer: ['contactname'],
    customerAccount: ['accountnumber'],
    email: ['emailaddress'],
    contactFirstName: ['firstname'],
    contactLastName: ['lastname'],
    phone: ['phonenumber'],
    mobile: ['mobilenumber'],
    ...postalAddress,
  },
  fullListByDefault: false,
};

export const xeroPresets: ImportPreset[] = [xeroSalesInvoices, xeroAgedReceivablesDetail, xeroContacts];
