// Column mapping for files no preset knows: each field takes the first header that is one of
// its synonyms. The user sees the result on the mapping screen and may change any of it.
import type { ColumnMapping, ImportField } from '../model';
import { fieldSynonyms, headerKey, normaliseHeader } from './field-synonyms';

/** QuickBooks Desktop IIF customer lists (!CUST): fixed column names of their own. */
const iifColumns: [ImportField, string][] = [
  ['customer', 'name'],
  ['contactName', 'cont1'],
  ['contactFirstName', 'firstname'],
  ['contactLastName', 'lastname'],
  ['email', 'email'],
  ['phone', 'phone1'],
  ['terms', 'terms'],
  ['address1', 'baddr1'],
];

export function autoMapColumns(headers: readonly string[]): ColumnMapping {
  const keys = headers.map(headerKey);
  if (keys.includes('baddr1') || (keys.includes('name') && keys.includes('phone1'))) {
    const mapping: ColumnMapping = {};
    for (const [field, key] of iifColumns) if (keys.includes(key)) mapping[field] = keys.indexOf(key);
    return mapping;
  }
  const taken = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const [field, names] of fieldSynonyms) {
    for (const name of names) {
      const index = keys.findIndex((key, i) => key !== '' && key === headerKey(name) && !taken.has(i));
      if (index >= 0) {
        mapping[field] = index;
        taken.add(index);
        break;
      }
    }
  }
  // A contact list names the company "Contact Name" (Xero): with no customer column, it is the customer.
  if (mapping.customer === undefined && mapping.contactName !== undefined) {
    mapping.customer = mapping.contactName;
    delete mapping.contactName;
  }
  return mapping;
}

/**
 * The same report exported again has the same headers in the same order: a saved mapping
 * (which is by column position) is offered again when this matches.
 */
export function mappingSignature(headers: readonly string[]): string {
  return headers.map(normaliseHeader).join('|');
}
