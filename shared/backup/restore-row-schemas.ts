// What every row of every table a backup holds must look like before a restore may store it:
// the same zod schemas the app writes through, and, for the tables that have none of their own
// (settings and meta rows, the import history), their shape. A row that fails is never stored,
// so a damaged backup cannot leave the app unable to start.
import { z } from 'zod';
import { callSchema } from '../calls/schema';
import { idSchema, instantSchema } from '../common/primitives';
import { contactSchema } from '../contacts/schema';
import { customerSchema } from '../customers/schema';
import { disputeSchema } from '../disputes/schema';
import { storedDocumentSchema } from '../documents/schema';
import { followUpSchema } from '../follow-ups/schema';
import { invoiceSchema } from '../invoices/schema';
import { noteDraftSchema, noteSchema } from '../notes/schema';
import { paymentSchema } from '../payments/schema';
import { agencyPlacementSchema } from '../placements/schema';
import { paymentPromiseSchema } from '../promises/schema';
import { storedScriptSchema } from '../scripts/library/script-schema';
import { storedSettingsSchema } from '../settings/schema';

const importRecordSchema = z.object({
  id: idSchema,
  startedAt: instantSchema,
  fileName: z.string(),
  presetName: z.string(),
  counts: z.record(z.string(), z.number()),
  undo: z.object({ created: z.record(z.string(), z.array(z.string())), before: z.record(z.string(), z.array(z.unknown())) }),
});

const bookChangeSchema = z.object({
  id: idSchema,
  customerId: idSchema,
  importId: idSchema,
  at: instantSchema,
  fileName: z.string(),
  newInvoiceNumbers: z.array(z.string()),
  closedNumbers: z.array(z.string()),
  reopenedNumbers: z.array(z.string()),
});

/** The office's settings row; any other key in the table is refused. */
const settingsRowSchema = z.object({ key: z.literal('app'), value: storedSettingsSchema });

const metaRowSchema = z.object({ key: z.string().min(1) });

/** The schema each table's rows must pass, by table name. */
export const restoreRowSchemas: Readonly<Record<string, z.ZodType>> = {
  customers: customerSchema,
  contacts: contactSchema,
  invoices: invoiceSchema,
  payments: paymentSchema,
  calls: callSchema,
  notes: noteSchema,
  noteDrafts: noteDraftSchema,
  promises: paymentPromiseSchema,
  disputes: disputeSchema,
  followUps: followUpSchema,
  settings: settingsRowSchema,
  meta: metaRowSchema,
  documents: storedDocumentSchema,
  placements: agencyPlacementSchema,
  imports: importRecordSchema,
  bookChanges: bookChangeSchema,
  scriptVersions: storedScriptSchema,
};

/** A link from a row to a row of another table: a value that must be the key of a row there. */
export interface RowLink {
  table: string;
  field: string;
  to: string;
  /** What the row is to the one it points at, for the reason ("belongs to customer …"). */
  label: string;
}

// Every row that belongs to an account names it, and a note draft or a recording its call. Other ids a row
// holds may rightly point at nothing: past calls keep the id of a contact since removed.
const ofCustomer = [
  'contacts',
  'invoices',
  'payments',
  'calls',
  'notes',
  'noteDrafts',
  'promises',
  'disputes',
  'followUps',
  'documents',
  'placements',
  'bookChanges',
];
export const restoreRowLinks: readonly RowLink[] = [
  ...ofCustomer.map((table) => ({ table, field: 'customerId', to: 'customers', label: 'customer' })),
  { table: 'noteDrafts', field: 'callId', to: 'calls', label: 'call' },
  // A call recording is kept as a document of its call (shared/recordings/call-recordings.ts).
  { table: 'documents', field: 'callId', to: 'calls', label: 'call' },
];
