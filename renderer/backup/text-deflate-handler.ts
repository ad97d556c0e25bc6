// The deflate worker's work, apart from its entry file so tests run it without a Worker: one
// deflater per text id, each answered once its last piece is in; the browser's own zlib where
// there is one (native-deflater.ts), else fflate. Packed rows are unpacked and written as JSON
// here, off the import worker, which meanwhile makes the plan.
import { deflaterHere, pageText, type TextDeflater } from '../../shared/backup/table-encoder';
import { unpackRows } from '../../shared/common/column-pack';
import { canDeflateNatively, nativeDeflater } from './native-deflater';
import { errorMessage } from '../../shared/common/error-message';
import type { TextDeflated, TextPiece } from './text-deflate-protocol';

export function createTextDeflateHandler(post: (message: TextDeflated, transfer: ArrayBuffer[]) => void): (piece: TextPiece) => void {
  const texts = new Map<number, TextDeflater | 'failed'>();
  const fail = (id: number, error: unknown) => {
    texts.set(id, 'failed');
    post({ id, ok: false, message: errorMessage(error) }, []);
  };
  return (piece) => {
    const { id, final } = piece;
    const known = texts.get(id) ?? (canDeflateNatively() ? nativeDeflater() : deflaterHere());
    // A text that failed is answered once; its later pieces are dropped.
    if (known === 'failed') return;
    texts.set(id, known);
    try {
      const text = 'text' in piece ? piece.text : pageText(piece.packed.table, unpackRows(piece.packed.rows), piece.packed.first);
      known.push(text, final);
    } catch (error) {
      fail(id, error);
      return;
    }
    if (!final) return;
    texts.delete(id);
    known.done().then(
      (result) =>
        post(
          { id, ok: true, result },
          result.deflated.map((piece) => piece.buffer),
        ),
      (error: unknown) => fail(id, error),
    );
  };
}
