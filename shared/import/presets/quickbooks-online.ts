// QuickBooks Online reports and lists, with the column names its CSV and Excel exports write.
// Dates: QuickBooks Online US writes mm/dd/yyyy. A UK, Canadian or Australian company writes
// dd/mm/yyyy; a column with a day above 12 still decides, and the preset only pre-fills the
// question when every date could be either.
import type { ImportPreset } from '../model';

const customer = ['customer', 'customer full name', 'name', 'customer name'];
const invoiceNumber = ['num', 'no', 'invoice no', 'number'];

/** The columns QuickBooks Online's receivables reports share. */
const reportColumns: ImportPreset['columns'] = {
  customer,
  invoiceNumber,
  transactionType: ['transaction type'],
  invoiceDate: ['date'],
  dueDate: ['due date'],
  amount: ['amount'],
  openBalance: ['open balance'],
  terms: ['terms'],
  description: ['memo/description'],
  poNumber: ['p.o. number'],
  currency: ['currency'],
};
const { transactionType: _notInInvoiceList, ...invoiceListColumns } = reportColumns;

/** Reports → A/R Aging Detail: one row per open item, in sections by days past due. */
export const quickBooksOnlineArAgingDetail: ImportPreset = {
  id: 'quickbooks-online-ar-aging-detail',
  name: 'QuickBooks Online — A/R Aging Detail',
  source: 'quickbooks-online',
  content: 'invoices',
  requiredHeaders: ['date', 'transaction type', 'num', 'due date', 'past due', 'open balance'],
  optionalHeaders: ['customer', 'customer full name', 'amount', 'terms', 'memo/description', 'p.o. number', 'location', 'currency'],
  columns: reportColumns,
  fullListByDefault: true,
  dateOrder: 'mdy',
};

/** Reports → Open Invoices: grouped by customer (a group row, then its invoices, then "Total for …"). */
export const quickBooksOnlineOpenInvoices: ImportPreset = {
  id: 'quickbooks-online-open-invoices',
  name: 'QuickBooks Online — Open Invoices',
  source: 'quickbooks-online',
  content: 'invoices',
  requiredHeaders: ['date', 'transaction type', 'num', 'due date', 'open balance'],
  optionalHeaders: ['customer', 'customer full name', 'terms', 'past due', 'amount', 'memo/description', 'p.o. number', 'currency'],
  columns: reportColumns,
  fullListByDefault: true,
  dateOrder: 'mdy',
  customerFromGroup: true,
};

/**
 * Reports → Invoice List: every invoice dated in the report's period, paid ones included (their
 * open balance is 0, so a paid invoice is still told apart). It is not a full list of open items:
 * an invoice dated before the period is left out although it may still be open, so a re-import
 * must not close what the file does not show. Hence fullListByDefault false.
 */
export const quickBooksOnlineInvoiceList: ImportPreset = {
  id: 'quickbooks-online-invoice-list',
  name: 'QuickBooks Online — Invoice List',
  source: 'quickbooks-online',
  content: 'invoices',
  requiredHeaders: ['date', 'num', 'due date', 'amount', 'open balance'],
  optionalHeaders: ['customer', 'customer full name', 'memo/description', 'terms', 'p.o. number', 'status', 'currency', 'email'],
  // No transaction type column: every row of this list is an invoice.
  columns: { ...invoiceListColumns, email: ['email'] },
  fullListByDefault: false,
  dateOrder: 'mdy',
};

/** Reports → Customer Contact List: one row per customer; all numbers share one "Phone Numbers" cell. */
export const quickBooksOnlineCustomerContactList: ImportPreset = {
  id: 'quickbooks-online-customer-contact-list',
  name: 'QuickBooks Online — Customer Contact List',
  source: 'quickbooks-online',
  content: 'customers',
  requiredHeaders: ['phone numbers', 'email', 'full name', 'billing address'],
  optionalHeaders: ['customer', 'customer full name', 'shipping address', 'company name'],
  columns: {
    customer,
    contactName: ['full name'],
    email: ['email'],
    phone: ['phone numbers'],
    address1: ['billing address'],
  },
  fullListByDefault: false,
};

export const quickBooksOnlinePresets: ImportPreset[] = [
  quickBooksOnlineArAgingDetail,
  quickBooksOnlineOpenInvoices,
  quickBooksOnlineInvoiceList,
  quickBooksOnlineCustomerContactList,
];
