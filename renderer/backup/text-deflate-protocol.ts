// Messages between a thread encoding a backup's tables and the worker that deflates and hashes
// their text (text-deflate.worker.ts), so the UTF-8 encoding and deflating (most of a table's
// encoding) run beside the database read instead of on the thread that reads.
import type { DeflatedText } from '../../shared/backup/table-encoder';
import type { PackedRows } from '../../shared/common/column-pack';

/**
 * A piece of one text (the worker encodes it too); `final` on its last piece. Or rows packed
 * column by column, whose text the worker writes itself (pageText), where the sender has them
 * packed already (the invoice packs): cloning those costs the sender far less than their JSON.
 */
export type TextPiece =
  { id: number; text: string; final: boolean } | { id: number; packed: { table: string; rows: PackedRows; first: boolean }; final: false };

/** A text deflated and hashed, or why it could not be. */
export type TextDeflated = { id: number; ok: true; result: DeflatedText } | { id: number; ok: false; message: string };
