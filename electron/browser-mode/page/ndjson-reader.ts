// Reads a streamed response of JSON lines, handing each to `onLine` as it arrives (a long
// export's progress shows while it runs). Resolves when the stream ends.
import type { ServerLine } from '../host-messages';

export async function readLines(body: ReadableStream<Uint8Array>, onLine: (line: ServerLine) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let pending = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    // A character may be split between two chunks; `stream` keeps its first bytes for the next.
    pending += decoder.decode(value, { stream: true });
    let end = pending.indexOf('\n');
    while (end >= 0) {
      const text = pending.slice(0, end);
      pending = pending.slice(end + 1);
      if (text.trim() !== '') onLine(JSON.parse(text) as ServerLine);
      end = pending.indexOf('\n');
    }
  }
  pending += decoder.decode();
  if (pending.trim() !== '') onLine(JSON.parse(pending) as ServerLine);
}
