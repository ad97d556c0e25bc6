// The deflate worker's two sides, joined in this process (a Worker's messages are stood in for by
// structuredClone with the same transfer list): a table encoded through them is the table encoded
// here, the deflated bytes are handed back rather than copied, and a worker that stops refuses what waits.
import { inflateSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { packRows } from '../../../shared/common/column-pack';
import { joinBytes } from '../../../shared/common/join-bytes';
import { createTableEncoder, encodeTable } from '../../../shared/backup/table-encoder';
import { deflateAnswerMs, deflateWorkerOver, type DeflatePort } from '../../../renderer/backup/text-deflate-client';
import { createTextDeflateHandler } from '../../../renderer/backup/text-deflate-handler';
import type { TextDeflated, TextPiece } from '../../../renderer/backup/text-deflate-protocol';

const rows = Array.from({ length: 120 }, (_, i) => ({ id: `r${i}`, name: i % 5 ? 'Orchard Bakery' : 'Café — 請求', minor: i * 99 }));

/** Both sides in this process; replies are delivered on a later turn, as a worker's are. */
function joinedPort(): DeflatePort & { fail(message: string): void; sent: TextPiece[]; handedBack: ArrayBuffer[] } {
  let reply: (message: TextDeflated) => void = () => {};
  const handedBack: ArrayBuffer[] = [];
  let failure: (message: string) => void = () => {};
  const sent: TextPiece[] = [];
  const handle = createTextDeflateHandler((message, transfer) => {
    handedBack.push(...transfer);
    const copy = structuredClone(message, { transfer });
    setTimeout(() => reply(copy), 0);
  });
  return {
    sent,
    handedBack,
    post(piece) {
      sent.push(piece);
      handle(structuredClone(piece));
    },
    onReply: (handler) => (reply = handler),
    onFailure: (handler) => (failure = handler),
    terminate: () => {},
    fail: (message) => failure(message),
  };
}

describe('deflating a table in the deflate worker', () => {
  it('gives what deflating here gives, and hands the deflated bytes back', async () => {
    const port = joinedPort();
    const worker = deflateWorkerOver(port);
    const encoder = createTableEncoder('invoices', worker.deflater());
    encoder.add(rows.slice(0, 50));
    encoder.add(rows.slice(50));
    const there = await encoder.finish();
    const here = await encodeTable('invoices', rows);
    expect(there).toMatchObject({ kind: 'encoded-table', name: 'invoices', rows: 120, sha256: here.sha256 });
    // Deflated by the platform's zlib there (native-deflater.ts), by fflate here: the same text.
    expect(there.entry).toMatchObject({ crc: here.entry.crc, size: here.entry.size, flag: 0 });
    expect(inflateSync(joinBytes(there.entry.deflated))).toEqual(inflateSync(joinBytes(here.entry.deflated)));
    expect(port.sent.map((piece) => piece.final)).toEqual([false, false, true]);
    // Handed back: the worker's buffers are detached, and they are the entry's.
    expect(port.handedBack.length).toBe(there.entry.deflated.length);
    expect(port.handedBack.every((buffer) => buffer.byteLength === 0)).toBe(true);
  });

  it('writes the text of packed rows there, the same text as the rows encoded here', async () => {
    const port = joinedPort();
    const worker = deflateWorkerOver(port);
    const encoder = createTableEncoder('invoices', worker.deflater());
    // As the import hands on the invoices: fresh packs as they are stored, a stale pack's rows as text.
    encoder.addPacked(rows.slice(0, 40), packRows(rows.slice(0, 40)));
    encoder.add(rows.slice(40, 70));
    encoder.addPacked(rows.slice(70), packRows(rows.slice(70)));
    const there = await encoder.finish();
    const here = await encodeTable('invoices', rows);
    expect(there).toMatchObject({ rows: 120, sha256: here.sha256 });
    expect(there.entry).toMatchObject({ crc: here.entry.crc, size: here.entry.size });
    expect(port.sent.map((piece) => ('packed' in piece ? 'packed' : 'text'))).toEqual(['packed', 'text', 'packed', 'text']);
  });

  it('keeps several texts apart', async () => {
    const worker = deflateWorkerOver(joinedPort());
    const a = createTableEncoder('customers', worker.deflater());
    const b = createTableEncoder('invoices', worker.deflater());
    a.add(rows.slice(0, 10));
    b.add(rows.slice(10, 30));
    a.add(rows.slice(30, 40));
    const [doneA, doneB] = await Promise.all([a.finish(), b.finish()]);
    expect(doneA.sha256).toBe((await encodeTable('customers', [...rows.slice(0, 10), ...rows.slice(30, 40)])).sha256);
    expect(doneB.sha256).toBe((await encodeTable('invoices', rows.slice(10, 30))).sha256);
  });

  it('refuses the texts still waiting when the worker stops, and takes no more pieces', async () => {
    const port = joinedPort();
    const worker = deflateWorkerOver(port);
    const deflater = worker.deflater();
    deflater.push('[1', false);
    deflater.push(']', true);
    port.fail('The deflate worker ran out of memory.');
    await expect(deflater.done()).rejects.toThrow('The deflate worker ran out of memory.');
    expect(() => worker.deflater().push('[]', true)).toThrow('The deflate worker ran out of memory.');
  });

  it('passes on a text the worker could not deflate', async () => {
    let reply: (message: TextDeflated) => void = () => {};
    const worker = deflateWorkerOver({
      post: (piece) => {
        if (piece.final) setTimeout(() => reply({ id: piece.id, ok: false, message: 'Out of memory.' }), 0);
      },
      onReply: (handler) => (reply = handler),
      onFailure: () => {},
      terminate: () => {},
    });
    const encoder = createTableEncoder('invoices', worker.deflater());
    encoder.add(rows);
    await expect(encoder.finish()).rejects.toThrow('Out of memory.');
  });

  it('gives up on a worker that never answers, so the copy is made from the rows instead', async () => {
    vi.useFakeTimers();
    try {
      const worker = deflateWorkerOver({ post: () => {}, onReply: () => {}, onFailure: () => {}, terminate: () => {} });
      const encoder = createTableEncoder('invoices', worker.deflater());
      encoder.add(rows);
      const finished = encoder.finish();
      const outcome = finished.then(
        () => 'answered',
        (error: Error) => error.message,
      );
      await vi.advanceTimersByTimeAsync(deflateAnswerMs - 1);
      expect(await Promise.race([outcome, Promise.resolve('still waiting')])).toBe('still waiting');
      await vi.advanceTimersByTimeAsync(1);
      expect(await outcome).toBe('The deflate worker did not answer.');
    } finally {
      vi.useRealTimers();
    }
  });
});
