// The event stream: one long response per open page, each line a JSON message (an IPC event
// such as 'reminder:activated', or a host message such as a notification). A fetch() reads it,
// not EventSource, because EventSource cannot send the key header every API request carries.
import type { ServerResponse } from 'node:http';
import type { ServerLine } from './host-messages';

export interface EventHub {
  /** Keeps `res` open as a page's stream until the page goes away. */
  attach(res: ServerResponse): void;
  /** Writes the line to every open stream; returns how many pages it reached. */
  broadcast(line: ServerLine): number;
  /** Pages listening now. */
  size(): number;
  /** Ends every stream (the server is stopping). */
  closeAll(): void;
}

export const ndjsonHeaders = {
  'Content-Type': 'application/x-ndjson; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

export function ndjsonLine(line: ServerLine): string {
  return `${JSON.stringify(line)}\n`;
}

export function createEventHub(): EventHub {
  const streams = new Set<ServerResponse>();
  return {
    attach(res) {
      res.writeHead(200, ndjsonHeaders);
      res.flushHeaders();
      streams.add(res);
      res.on('close', () => streams.delete(res));
    },
    broadcast(line) {
      const text = ndjsonLine(line);
      for (const res of streams) res.write(text);
      return streams.size;
    },
    size: () => streams.size,
    closeAll() {
      for (const res of streams) res.end();
      streams.clear();
    },
  };
}
