// The deflate worker's entry (see text-deflate-handler.ts). Started by a worker that reads the
// database (the import worker), so it never holds the window's thread either.
import { createTextDeflateHandler } from './text-deflate-handler';
import type { TextDeflated, TextPiece } from './text-deflate-protocol';

// The project's TypeScript settings describe a window, not a worker: name the two members used.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<TextPiece>) => void) | null;
  postMessage(message: TextDeflated, transfer: ArrayBuffer[]): void;
};

const handle = createTextDeflateHandler((message, transfer) => scope.postMessage(message, transfer));
scope.onmessage = (event) => handle(event.data);
