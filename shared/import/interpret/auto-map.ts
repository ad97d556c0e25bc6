// Column mapping for files no preset knows: each field takes the first header that is one of
// its synonyms. The user sees the result on the mapping screen and may change any of it.
import type { ColumnMapping } from '../model';
import { fieldSynonyms, headerKey, normaliseHeader } from './field-synonyms';

export function autoMapColumns(headers: readonly string[]): ColumnMapping {
  const keys = headers.map(headerKey);
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
