// A realistic account for filling scripts in tests: a commercial customer with two past-due
// invoices (one part-paid), one not yet due, and a known payment authoriser.
import type { ScriptContext } from '../../../shared/scripts/model';

export function commercialContext(overrides: Partial<ScriptContext> = {}): ScriptContext {
  return {
    callerName: 'Priya Shah',
    companyName: 'Northwind Supplies',
    callbackNumber: '(555) 010-2200',
    customer: { legalName: 'Harbor Dental Group LLC', tradingName: 'Harbor Dental', kind: 'commercial' },
    contact: { name: 'Marco Diaz', role: 'Office manager' },
    authoriser: { name: 'Lena Ortiz', role: 'Accounts payable' },
    invoices: [
      {
        number: 'INV-1077',
        issueDate: '2026-10-20',
        dueDate: '2026-11-19',
        amountMinor: 48_000,
        balanceMinor: 48_000,
        currency: 'USD',
        delivered: 'a dental chair service visit',
        poNumber: 'PO-5531',
        terms: 'Net 30',
        sentOn: '2026-10-20',
      },
      {
        number: 'INV-1042',
        issueDate: '2026-09-03',
        dueDate: '2026-10-03',
        amountMinor: 125_000,
        balanceMinor: 125_000,
        currency: 'USD',
        delivered: '12 cases of nitrile gloves',
        poNumber: 'PO-5480',
        terms: 'Net 30',
        sentOn: '2026-09-03',
      },
      {
        number: 'INV-1060',
        issueDate: '2026-10-01',
        dueDate: '2026-10-31',
        amountMinor: 90_000,
        balanceMinor: 40_000,
        currency: 'USD',
        delivered: '12 Cases of Nitrile Gloves',
        poNumber: '',
        terms: 'Net 30',
        sentOn: null,
      },
    ],
    totals: { totalDueMinor: 213_000, pastDueMinor: 165_000, oldestDaysPastDue: 45, currency: 'USD' },
    today: '2026-11-17',
    locale: 'en-US',
    lastPromise: null,
    addresses: ['12 Quay Street, Portland, ME 04101, US'],
    billingEmail: 'ap@harbordental.example',
    ...overrides,
  };
}

/** A consumer with nothing on file but the bare minimum. */
export function sparseConsumerContext(overrides: Partial<ScriptContext> = {}): ScriptContext {
  return {
    callerName: '',
    companyName: '',
    callbackNumber: '',
    customer: { legalName: 'Sam Rivera', tradingName: '', kind: 'consumer' },
    contact: null,
    authoriser: null,
    invoices: [
      {
        number: 'C-300',
        issueDate: '2026-08-01',
        dueDate: '2026-08-31',
        amountMinor: 9_950,
        balanceMinor: 9_950,
        currency: 'USD',
        delivered: '',
        poNumber: '',
        terms: '',
        sentOn: null,
      },
    ],
    totals: { totalDueMinor: 9_950, pastDueMinor: 9_950, oldestDaysPastDue: 78, currency: 'USD' },
    today: '2026-11-17',
    locale: 'en-US',
    addresses: [],
    ...overrides,
  };
}
