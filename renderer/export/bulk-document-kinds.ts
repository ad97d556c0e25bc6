// What the multi-account export writes: an agency packet (the full file, with its documents) or
// a customer statement (what is owed, to send the customer). One run, one kind.
export const bulkDocumentKinds = ['agency-packet', 'statement'] as const;
export type BulkDocumentKind = (typeof bulkDocumentKinds)[number];

export interface BulkDocumentWords {
  /** The choice on the Export screen. */
  label: string;
  one: string;
  many: string;
  /** Capitalised plural, for headings and list names: "Agency packets". */
  title: string;
}

export const bulkDocumentWords: Record<BulkDocumentKind, BulkDocumentWords> = {
  'agency-packet': { label: 'Agency packet', one: 'agency packet', many: 'agency packets', title: 'Agency packets' },
  statement: { label: 'Customer statement', one: 'statement', many: 'statements', title: 'Statements' },
};
