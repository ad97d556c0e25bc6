// Accounts for the template engine's tests: the scripts' realistic and sparse accounts, and one
// with every value the merge fields can print (a promise, payment details).
import type { ScriptContext } from '../../../shared/scripts/model';
import { commercialContext, sparseConsumerContext } from '../scripts/script-context.fixture';

export function fullContext(overrides: Partial<ScriptContext> = {}): ScriptContext {
  return commercialContext({
    howToPay: 'by bank transfer to Northwind Supplies, account 12345678',
    lastPromise: {
      amountMinor: 50_000,
      promisedDate: '2026-11-24',
      status: 'open',
      currency: 'USD',
      method: 'bank-transfer',
      invoiceNumbers: ['INV-1042', 'INV-1060'],
    },
    nextStep: { action: 'pass the account to Keystone Collections', date: '2026-12-01' },
    ...overrides,
  });
}

export { commercialContext, sparseConsumerContext };

/** What no filled text may ever show: raw braces, or a value JavaScript failed to write. */
export const brokenOutput = /[{}]|undefined|NaN|null|\[object/;
