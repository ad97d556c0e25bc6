// POST invoke: one renderer request to main, answered by the same IpcRouter (and so the same zod
// parsing) as Electron's ipcMain. The reply is a short NDJSON stream: the events main sends the
// asking window during the request (an export's progress) and host messages (a file picker, a
// download), in order, then the result — the order Electron's IPC keeps. Bytes in the request
// were uploaded before it (bytes-endpoint.ts) and are named by id; bytes in the result wait
// under ids of their own for the page to fetch.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { IpcRouter } from '../ipc/router';
import type { IpcResult } from '../../shared/ipc/contract';
import type { BytePieceStores } from './byte-pieces';
import { MissingBytesError, tagBytes, TooDeeplyNestedError, untagBytes } from './bytes-tag';
import { ndjsonHeaders, ndjsonLine } from './event-hub';
import { plainReply } from './plain-reply';
import { newPageRequest, runInPageRequest } from './request-context';

/** Above any request the app makes (a packet's HTML; bytes from an older page as base64), below what a V8 string can hold. */
export const maxInvokeBytes = 512 * 1024 * 1024;

export class RequestBodyTooLarge extends Error {
  override name = 'RequestBodyTooLarge';
}

export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new RequestBodyTooLarge(`The request is larger than ${limit} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function requestOf(body: Buffer): { channel: string; input: unknown } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || typeof (parsed as { channel?: unknown }).channel !== 'string') return null;
  const { channel, input } = parsed as { channel: string; input?: unknown };
  return { channel, input };
}

export interface InvokeDeps {
  router: IpcRouter;
  pieces: BytePieceStores;
  warn(message: string): void;
}

export async function answerInvoke(
  req: IncomingMessage,
  res: ServerResponse,
  { router, pieces, warn }: InvokeDeps,
  limit = maxInvokeBytes,
): Promise<void> {
  let body: Buffer;
  try {
    body = await readBody(req, limit);
  } catch (error) {
    if (error instanceof RequestBodyTooLarge) return plainReply(res, 413, 'This request is too large for Call Desk to take in one piece.');
    throw error;
  }
  const request = requestOf(body);
  if (request === null) return plainReply(res, 400, 'Call Desk did not understand this request: it must be JSON naming a channel.');
  let input: unknown;
  try {
    input = untagBytes(request.input, pieces.fromPage);
  } catch (error) {
    if (error instanceof TooDeeplyNestedError || error instanceof MissingBytesError) return plainReply(res, 400, error.message);
    throw error;
  }

  res.writeHead(200, ndjsonHeaders);
  res.flushHeaders();
  const gone = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) gone.abort();
  });
  const write = (text: string) => {
    if (!res.writableEnded) res.write(text);
  };
  const pageRequest = newPageRequest((message) => write(ndjsonLine({ host: message })), gone.signal);

  const result: IpcResult = await runInPageRequest(pageRequest, async () => {
    const answer = await router.handle(request.channel, input, (event, payload) =>
      write(ndjsonLine({ event, payload: tagBytes(payload) })),
    );
    for (const hook of pageRequest.beforeReply) {
      await hook(answer).catch((error: unknown) => warn(`After "${request.channel}": ${String(error)}`));
    }
    for (const tidy of pageRequest.tidyUp) {
      await tidy().catch((error: unknown) => warn(`Tidying after "${request.channel}": ${String(error)}`));
    }
    return answer;
  });
  // Events above keep base64: the page reads them as they stream. A page gone by now leaves its bytes unclaimed, dropped in a minute.
  if (!res.writableEnded) res.end(ndjsonLine({ result: tagBytes(result, pieces.toPage) }));
}
