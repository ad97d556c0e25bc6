// The header names each field goes by across accounting systems and hand-made spreadsheets.
// Compared by headerKey, so "P.O. #", "PO No" and "*PONumber" are all the same header.
import type { ImportField } from '../model';

/** A header reduced to letters and digits: "Invoice #" → "invoiceno", "*ContactName" → "contactname". */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/#/g, 'no')
    .replace(/&/g, 'and')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Lower case, single spaces: the form ImportPreset headers are written in. */
export function normaliseHeader(header: string): string {
  return header.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** In the order fields are claimed: a header taken by an earlier field is not offered to a later one. */
export const fieldSynonyms: [ImportField, string[]][] = [
  ['customer', ['customer', 'customer name', 'customer full name', 'client', 'client name', 'company', 'company name', 'name', 'debtor', 'debtor name', 'account name', 'customer:job', 'customer job', 'bill to', 'contact', 'organisation', 'organization', 'display name']],
  ['customerAccount', ['account no', 'account number', 'acct no', 'acct', 'account', 'account code', 'a/c', 'a/c no', 'customer id', 'customer no', 'customer number', 'customer code', 'customer ref', 'client id', 'client no', 'account ref', 'contact id', 'accountnumber']],
  ['invoiceNumber', ['invoice no', 'invoice number', 'invoice', 'inv no', 'invoice id', 'num', 'no', 'number', 'doc no', 'document no', 'document number', 'transaction no', 'ref no', 'invoicenumber']],
  ['transactionType', ['type', 'transaction type', 'txn type', 'document type', 'doc type', 'invoice type']],
  ['invoiceDate', ['invoice date', 'date', 'txn date', 'transaction date', 'issue date', 'date issued', 'issued', 'doc date', 'document date', 'invoicedate']],
  ['dueDate', ['due date', 'due', 'date due', 'due on', 'payment due', 'duedate']],
  ['openBalance', ['open balance', 'balance', 'amount due', 'balance due', 'outstanding', 'amount outstanding', 'outstanding amount', 'outstanding balance', 'due amount', 'open amount', 'invoiceamountdue', 'remaining', 'unpaid', 'owing']],
  ['amount', ['amount', 'total', 'original amount', 'invoice amount', 'invoice total', 'total amount', 'gross', 'gross amount', 'orig amount', 'amount incl tax', 'total incl tax']],
  ['amountPaid', ['paid', 'amount paid', 'payments', 'paid amount', 'invoiceamountpaid', 'amount received', 'paid to date']],
  ['lineAmount', ['line amount', 'lineamount', 'line total']],
  ['currency', ['currency', 'currency code', 'curr', 'ccy']],
  ['poNumber', ['po number', 'po no', 'po', 'purchase order', 'purchase order number', 'customer po', 'p o no', 'reference', 'customer ref no']],
  ['terms', ['terms', 'payment terms', 'credit terms']],
  ['description', ['memo', 'description', 'memo/description', 'item description', 'details', 'notes', 'line description']],
  ['contactName', ['contact name', 'contact', 'attention', 'attn', 'full name', 'primary contact', 'contact person']],
  ['contactFirstName', ['first name', 'firstname', 'given name']],
  ['contactLastName', ['last name', 'lastname', 'surname', 'family name']],
  ['email', ['email', 'e-mail', 'email address', 'emailaddress', 'main email', 'billing email', 'email id', 'client email', 'customer email', 'contact email']],
  ['phone', ['phone', 'phone numbers', 'phone number', 'telephone', 'tel', 'work phone', 'main phone', 'office phone', 'business phone', 'phonenumber', 'client phone', 'customer phone', 'contact phone']],
  ['mobile', ['mobile', 'mobile phone', 'cell', 'cell phone', 'mobile number', 'mobilenumber']],
  ['address1', ['address', 'address 1', 'address line 1', 'street', 'street address', 'billing address', 'billing street', 'bill to street', 'bill to address', 'poaddressline1', 'address1', 'billing address 1', 'billing address line 1']],
  ['address2', ['address 2', 'address line 2', 'poaddressline2', 'address2', 'billing address 2', 'billing address line 2']],
  ['city', ['city', 'town', 'suburb', 'pocity', 'billing city', 'bill to city', 'city/town']],
  ['region', ['state', 'province', 'region', 'county', 'state/province', 'poregion', 'billing state', 'bill to state', 'state/region']],
  ['postalCode', ['zip', 'zip code', 'postcode', 'postal code', 'post code', 'popostalcode', 'billing zip', 'billing postal code', 'bill to zip']],
  ['country', ['country', 'pocountry', 'billing country', 'bill to country']],
];

/** Every synonym as a headerKey: the words that make a row look like a header row. */
export const knownHeaderKeys: ReadonlySet<string> = new Set([
  ...fieldSynonyms.flatMap(([, names]) => names.map(headerKey)),
  ...['aging', 'past due', 'days past due', 'class', 'location', 'rep', 'sales rep', 'ship date', 'ship via', 'status', 'reference', 'current', 'open balance', 'days overdue', 'overdue', 'tax', 'quantity', 'unit amount', 'item', 'fax', 'website', 'notes'].map(headerKey),
]);
