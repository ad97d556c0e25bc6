import { describe, expect, it } from 'vitest';
import { autoMapColumns, mappingSignature } from '../../../../shared/import/interpret/auto-map';
import { headerKey } from '../../../../shared/import/interpret/field-synonyms';

describe('autoMapColumns', () => {
  it('maps a QuickBooks Online aging header by its names', () => {
    expect(autoMapColumns(['', 'Date', 'Transaction Type', 'Num', 'Customer', 'Due Date', 'Amount', 'Open Balance'])).toEqual({
      invoiceDate: 1,
      transactionType: 2,
      invoiceNumber: 3,
      customer: 4,
      dueDate: 5,
      amount: 6,
      openBalance: 7,
    });
  });

  it('reads Xero’s starred, run-together names', () => {
    const mapping = autoMapColumns([
      '*ContactName',
      'EmailAddress',
      'POAddressLine1',
      'POCity',
      '*InvoiceNumber',
      'Reference',
      '*InvoiceDate',
      '*DueDate',
      'Total',
      'InvoiceAmountPaid',
      'InvoiceAmountDue',
      'Description',
      'LineAmount',
      'Currency',
    ]);
    expect(mapping).toEqual({
      customer: 0,
      email: 1,
      address1: 2,
      city: 3,
      invoiceNumber: 4,
      poNumber: 5,
      invoiceDate: 6,
      dueDate: 7,
      amount: 8,
      amountPaid: 9,
      openBalance: 10,
      description: 11,
      lineAmount: 12,
      currency: 13,
    });
  });

  it('keeps a contact name apart from the customer when both exist, and uses it as the customer otherwise', () => {
    expect(autoMapColumns(['Company', 'Contact Name', 'E-mail', 'Phone', 'Mobile', 'Postcode', 'Country'])).toEqual({
      customer: 0,
      contactName: 1,
      email: 2,
      phone: 3,
      mobile: 4,
      postalCode: 5,
      country: 6,
    });
    expect(autoMapColumns(['Contact Name', 'Email'])).toEqual({ customer: 0, email: 1 });
  });

  it('maps hand-made headers and leaves unknown ones alone', () => {
    expect(autoMapColumns(['Client', 'Invoice #', 'Invoice Date', 'Due', 'Balance Due', 'P.O. Number', 'Colour'])).toEqual({
      customer: 0,
      invoiceNumber: 1,
      invoiceDate: 2,
      dueDate: 3,
      openBalance: 4,
      poNumber: 5,
    });
    expect(autoMapColumns(['', 'Colour'])).toEqual({});
  });

  it('gives the same signature to the same headers however they are spaced or cased', () => {
    expect(mappingSignature(['Customer ', 'Open  Balance'])).toBe(mappingSignature(['customer', 'open balance']));
    expect(mappingSignature(['Customer', 'Open Balance'])).not.toBe(mappingSignature(['Open Balance', 'Customer']));
    expect(headerKey('P. O. #')).toBe(headerKey('PO No'));
  });
});
