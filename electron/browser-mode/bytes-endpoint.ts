// The raw-bytes door of the loopback server (apiPaths.bytes), for both browser mode and the e2e
// test host: a page uploads a request's bytes as the body of a POST and gets back their id, and
// fetches a reply's bytes by GET <id>, each once (byte-pieces.ts). The server's guards run first
// (request-guards.ts: exact Host, the page's own Origin, this run's key), as for every API path.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BytePieceStores } from './byte-pieces';
import { pieceIdPattern } from './byte-pieces';
import { readBody, RequestBodyTooLarge } from './invoke-endpoint';
import { maxBytesUpload } from './page-bridge';
import { plainReply } from './plain-reply';

/** Answers a request under apiPaths.bytes; `id` is the rest of the path ('' for an upload). */
export async function answerBytes(
  pieces: BytePieceStores,
  id: string,
  req: IncomingMessage,
  res: ServerResponse,
  limit = maxBytesUpload,
): Promise<void> {
  const method = req.method ?? 'GET';
  const tooLarge = `These bytes are more than the ${limit} bytes Call Desk takes in one piece.`;
  if (id === '' && method === 'POST') {
    // Refused before reading when the page says how long it is; `close`: the rest is not read.
    if (Number(req.headers['content-length']) > limit) return plainReply(res, 413, tooLarge, { Connection: 'close' });
    let body: Buffer;
    try {
      body = await readBody(req, limit);
    } catch (error) {
      if (error instanceof RequestBodyTooLarge) return plainReply(res, 413, tooLarge, { Connection: 'close' });
      throw error;
    }
    // A Uint8Array of its own, as base64 gave: a small Buffer shares Node's pool with others.
    return plainReply(res, 200, pieces.fromPage.put(new Uint8Array(body)));
  }
  if (id !== '' && method === 'GET') {
    const bytes = pieceIdPattern.test(id) ? pieces.toPage.take(id) : null;
    if (bytes === null)
      return plainReply(res, 404, 'These bytes are no longer waiting in Call Desk: each reply’s bytes are fetched once, within a minute.');
    res.writeHead(200, {
      'Content-Type': 'application/octet-stream',
      'Content-Length': String(bytes.byteLength),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return;
  }
  plainReply(res, 404, 'Not found');
}
