// A first guess at what a document is from its file name ("PO-4471.pdf" is a purchase order),
// so the attach dialog starts on the likely type; the user can always change it.
import type { DocumentCategory } from './schema';

// Checked in order: a "signed delivery note" is proof of delivery before it is an agreement.
const patterns: readonly [DocumentCategory, RegExp][] = [
  [
    'proof-of-delivery',
    /\b(pod|proof[\s_-]*of[\s_-]*delivery|delivery|delivered|packing[\s_-]*slip|waybill|bill[\s_-]*of[\s_-]*lading|bol|signed[\s_-]*for)\b/,
  ],
  ['purchase-order', /\b(po|p\.o\.?|purchase[\s_-]*order)(?=\b|[\s_-]*\d)/],
  ['signed-agreement', /\b(agreement|contract|signed|terms[\s_-]*(and|&)[\s_-]*conditions|credit[\s_-]*application)\b/],
  ['proposal', /\b(proposal|quote|quotation|estimate|offer)\b/],
  ['certificate', /\b(cert|certificate|certification|w-?9|insurance|coi)\b/],
  ['invoice-copy', /\b(inv|invoice|statement)(?=\b|[\s_-]*\d)/],
  ['correspondence', /\b(letter|email|e-mail|correspondence|memo|notice)\b/],
];

export function guessDocumentCategory(fileName: string): DocumentCategory {
  const dot = fileName.lastIndexOf('.');
  // Underscores and digits glued to words ("PO4471") should not hide a word from \b.
  const stem = (dot > 0 ? fileName.slice(0, dot) : fileName).toLowerCase().replace(/_/g, ' ');
  for (const [category, pattern] of patterns) if (pattern.test(stem)) return category;
  return 'other';
}
