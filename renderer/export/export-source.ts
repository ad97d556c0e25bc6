// Reads what an export prints, in one read transaction so the document shows one moment of the
// account: the whole file, the settings (company, locale, paper) and, for the agency packet,
// every attached document with its bytes.
import { isAudioMime } from '../../shared/documents/schema';
import type { PacketDocument } from '../../shared/export/agency-packet-request';
import type { StoredScript } from '../../shared/scripts/library/script-schema';
import type { Settings } from '../../shared/settings/schema';
import { getCustomerFile, type CustomerFile } from '../customers/customer-repository';
import type { CallDeskDb } from '../data/db';
import { getSettings } from '../settings/settings-repository';

export interface ExportSource {
  file: CustomerFile;
  settings: Settings;
  /** Attached documents with their bytes; empty when not asked for. */
  documents: PacketDocument[];
  /** The stored script versions (few): the packet names each call's steps and problem paths from them. */
  scriptVersions: StoredScript[];
}

/** IndexedDB hands back ArrayBuffer-backed arrays; anything else is copied into one. */
function plainBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

async function documentsOf(db: CallDeskDb, customerId: string): Promise<PacketDocument[]> {
  const documents = await db.documents.where('customerId').equals(customerId).toArray();
  // A recording is listed in the packet, never put in it: its sound (up to 100 MB) is not read.
  const paper = documents.filter((d) => !isAudioMime(d.mime));
  const files = await db.documentFiles.bulkGet(paper.map((d) => d.id));
  const bytesById = new Map(paper.map((d, i) => [d.id, files[i]?.bytes]));
  // A document whose bytes are missing still goes to main, empty: the packet then carries a page
  // saying it could not be included, and the user is told, instead of it vanishing unnoticed.
  return documents.map((document) => ({ document, bytes: plainBytes(bytesById.get(document.id) ?? new Uint8Array(0)) }));
}

/** The account as an export prints it, or null when the customer no longer exists. */
export function loadExportSource(db: CallDeskDb, customerId: string, opts: { withDocuments: boolean }): Promise<ExportSource | null> {
  const tables = [
    db.customers,
    db.contacts,
    db.invoices,
    db.payments,
    db.calls,
    db.notes,
    db.promises,
    db.disputes,
    db.followUps,
    db.placements,
    db.bookChanges,
    db.settings,
    db.scriptVersions,
    ...(opts.withDocuments ? [db.documents, db.documentFiles] : []),
  ];
  return db.transaction('r', tables, async () => {
    const [file, settings, documents, scriptVersions] = await Promise.all([
      getCustomerFile(db, customerId),
      getSettings(db),
      opts.withDocuments ? documentsOf(db, customerId) : Promise.resolve([]),
      db.scriptVersions.toArray(),
    ]);
    return file ? { file, settings, documents, scriptVersions } : null;
  });
}
