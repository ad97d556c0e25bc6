// The words the Import screen uses for the pipeline's names.
import type { BooksSource, ImportField, TextEncodingName, Delimiter } from '../../shared/import/model';

export const importFieldLabels: Record<ImportField, string> = {
  customer: 'Customer',
  customerAccount: 'Customer account number',
  invoiceNumber: 'Invoice number',
  transactionType: 'Transaction type',
  invoiceDate: 'Invoice date',
  dueDate: 'Due date',
  amount: 'Amount',
  openBalance: 'Open balance',
  amountPaid: 'Amount paid',
  currency: 'Currency',
  poNumber: 'PO number',
  terms: 'Terms',
  description: 'Description',
  lineAmount: 'Line amount',
  contactName: 'Contact name',
  contactFirstName: 'Contact first name',
  contactLastName: 'Contact last name',
  email: 'Email',
  phone: 'Phone',
  mobile: 'Mobile',
  address1: 'Address line 1',
  address2: 'Address line 2',
  city: 'City',
  region: 'State or region',
  postalCode: 'Postal code',
  country: 'Country',
};

export const encodingLabels: Record<TextEncodingName, string> = {
  'utf-8': 'Unicode (UTF-8)',
  'windows-1252': 'Western (Windows-1252)',
  macintosh: 'Mac Roman',
  'utf-16le': 'Unicode (UTF-16, little-endian)',
  'utf-16be': 'Unicode (UTF-16, big-endian)',
};

export const encodingReasonLabels = {
  bom: 'marked in the file',
  'utf-8': 'detected',
  fallback: 'assumed: the file is not UTF-8',
  chosen: 'chosen by you',
} as const;

export const delimiterLabels: Record<Delimiter, string> = {
  ',': 'Comma',
  ';': 'Semicolon',
  '\t': 'Tab',
  '|': 'Pipe ( | )',
};

export const sourceLabels: Record<BooksSource, string> = {
  'quickbooks-online': 'QuickBooks Online',
  'quickbooks-desktop': 'QuickBooks Desktop',
  xero: 'Xero',
  'sage-50': 'Sage 50',
  freshbooks: 'FreshBooks',
  wave: 'Wave',
  'zoho-books': 'Zoho Books',
  myob: 'MYOB',
  spreadsheet: 'A spreadsheet',
};

/** "12.4 MB" */
export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

export function tooLargeMessage(fileName: string, size: number, limit: number): string {
  return `“${fileName}” is ${megabytes(size)}; Call Desk imports files up to ${megabytes(limit)}. Export a shorter date range or only open invoices, and import that.`;
}
