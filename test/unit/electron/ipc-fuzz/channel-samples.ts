// A well-formed request for each invoke channel, for the fuzz to break one part at a time. The
// hand-written ones pass the contract (a test checks it), so a mutation that is refused was
// refused for the part it broke. A channel added later without one gets a sample built from its
// schema's shape: its keys and kinds are right even where a refinement may refuse the values.
import { z } from 'zod';
import { backupFileName } from '../../../../shared/backup/backup-schedule';
import type { InvokeChannel } from '../../../../shared/ipc/channels';

export interface SampleContext {
  /** A folder the user chose this session (files:choose-folder), as the id main handed out. */
  folderId: string;
  /** A complete backup file. */
  backupBytes: Uint8Array;
  /** A backup being written (backup:write-begin, a safety copy) that no piece has reached yet. */
  writeId: string;
  /** The kept automatic backup, opened to read (backup:read-open), and its size. */
  readId: string;
  readSize: number;
}

/** The automatic backup the fuzz's backups folder holds before each case. */
export const keptBackupName = backupFileName('2026-03-01T10:00:00.000Z');

const printable = {
  html: '<title>Harbor Point</title><p>Statement</p>',
  headerTemplate: '',
  footerTemplate: '',
  paper: 'A4',
  title: 'Harbor Point',
  author: 'Ledger & Co',
};

export const handSamples: Partial<Record<InvokeChannel, (context: SampleContext) => unknown>> = {
  'app:get-info': () => undefined,
  'shell:open-external': () => ({ url: 'tel:+15551234567' }),
  'reminders:sync': () => ({
    mode: 'replace',
    entries: [
      {
        id: 'promise:p1:due:2026-03-10',
        kind: 'promise-due',
        customerId: 'c1',
        customerName: 'Harbor Point Marina',
        fireAt: { kind: 'local', date: '2026-03-10', time: '09:00', timeZone: 'America/Chicago' },
        detail: '$1,200.00 by bank transfer',
        amountMinor: 120_000,
        currency: 'USD',
        method: 'bank-transfer',
      },
    ],
  }),
  'reminders:status': () => undefined,
  'preferences:get': () => undefined,
  'preferences:set': () => ({ closeToTray: false, office: { timeZone: 'America/Chicago', locale: 'en-US' } }),
  'files:choose-folder': () => ({ purpose: 'statements' }),
  'files:show-in-folder': () => ({ path: '/Users/ana/Statements/Harbor Point.pdf' }),
  // Asks where to save (and the fuzz's dialog answers Cancel), so an accepted case costs no
  // printing; export:text-file writes into the chosen folder.
  'export:pdf': () => ({
    document: printable,
    attachments: [{ name: 'scan.png', mime: 'image/png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) }],
    destination: { kind: 'ask', suggestedName: 'Harbor Point.pdf' },
    progressId: 'statement-1',
  }),
  'export:text-file': ({ folderId }) => ({
    content: 'Customer,Balance\nHarbor Point,1200.00\n',
    fileType: { name: 'CSV file', extensions: ['csv'] },
    destination: { kind: 'folder', folderId, fileName: 'accounts.csv' },
  }),
  'backup:status': () => undefined,
  // "Back up now": a file name to break, and the fuzz's dialog answers Cancel, so an accepted
  // case opens nothing. The transfer the steps below name is begun by the fuzz's main itself.
  'backup:write-begin': () => ({ target: { kind: 'save-as', suggestedName: 'Call Desk backup.cdbackup' } }),
  // The whole backup as its first piece (main's pieces are 8 MB), so the finish after it completes.
  'backup:write-chunk': ({ writeId, backupBytes }) => ({ writeId, index: 0, bytes: backupBytes }),
  'backup:write-finish': ({ writeId, backupBytes }) => ({ writeId, size: backupBytes.length }),
  'backup:write-abort': ({ writeId }) => ({ writeId }),
  'backup:read-open': () => ({ source: 'automatic', name: keptBackupName }),
  'backup:read-chunk': ({ readId, readSize }) => ({ readId, offset: 0, length: readSize }),
  'backup:read-close': ({ readId }) => ({ readId }),
  'import:open-file': () => undefined,
  // Opens the fuzz main's microphone window (nothing outside main's memory), and closes one that is not open.
  'recording:begin': () => ({ systemAudio: false }),
  'recording:end': () => ({ recordingId: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b' }),
};

/**
 * A value of the schema's shape: objects with every key, the first option of a union, the first
 * value of an enum or literal. Refinements are not read, so the value may still be refused.
 */
export function sampleFromSchema(schema: z.ZodType, depth = 0): unknown {
  if (depth > 20) return undefined;
  const inner = (next: z.ZodType) => sampleFromSchema(next, depth + 1);
  if (schema instanceof z.ZodObject)
    return Object.fromEntries(Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, value]) => [key, inner(value)]));
  if (schema instanceof z.ZodUnion) return inner(schema.options[0] as z.ZodType);
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault)
    return inner(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodPipe) return inner(schema.in as z.ZodType);
  if (schema instanceof z.ZodLiteral) return schema.values.values().next().value;
  if (schema instanceof z.ZodEnum) return schema.options[0];
  if (schema instanceof z.ZodArray) return [inner(schema.element as z.ZodType)];
  if (schema instanceof z.ZodString) return 'sample';
  if (schema instanceof z.ZodNumber) return 1;
  if (schema instanceof z.ZodBoolean) return false;
  // z.instanceof(Uint8Array) is a custom check: bytes are the only one the contract uses.
  if (schema instanceof z.ZodCustom) return new Uint8Array([1, 2, 3]);
  return undefined;
}

export function sampleFor(channel: InvokeChannel, schema: z.ZodType, context: SampleContext): unknown {
  const hand = handSamples[channel];
  return hand ? hand(context) : sampleFromSchema(schema);
}
