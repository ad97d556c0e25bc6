// Customer names: the QuickBooks "Customer:Job" form, and the match key a customer is known by
// from one import to the next.

export interface CustomerJob {
  customer: string;
  job: string;
}

/** "Acme:Job 1:Phase 2" → customer "Acme", job "Job 1:Phase 2" (the first colon splits). */
export function splitCustomerJob(name: string): CustomerJob {
  const colon = name.indexOf(':');
  if (colon < 0) return { customer: name.trim(), job: '' };
  return { customer: name.slice(0, colon).trim(), job: name.slice(colon + 1).trim() };
}

/**
 * A name reduced for matching only: case, spacing and punctuation do not count, "&" is "and".
 * Deliberately no more than that: "Acme Inc" and "Acme LLC" may be two companies.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.'’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** BookCustomer.key: the account number where the books give one, else the normalised name. */
export function customerKeyOf(accountNumber: string, name: string): string {
  const account = accountNumber.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  return account ? `acct:${account}` : `name:${normaliseName(name)}`;
}
