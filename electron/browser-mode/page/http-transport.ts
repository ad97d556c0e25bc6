// Browser mode's transport for window.callDesk: each invoke is a POST whose streamed reply
// carries the request's events and host messages, then the result; main's other events (a
// clicked reminder, a notification) come over one long event stream, reopened if it drops.
import { apiPaths, keyHeader, type HostMessage, type ServerLine } from '../host-messages';
import { readLines } from './ndjson-reader';

export interface HttpTransportDeps {
  key: string | null;
  /** An IPC event from main, bytes still tagged. */
  onEvent(event: string, payload: unknown): void;
  onHostMessage(message: HostMessage): void;
  fetch?: typeof fetch;
  /** Waits before the event stream is opened again (a timer in the page). */
  wait?: (ms: number) => Promise<void>;
}

export interface HttpTransport {
  /** Sends one request; resolves with main's IpcResult, bytes tagged. */
  send(channel: string, taggedInput: unknown): Promise<unknown>;
  /** Opens the event stream and keeps it open until the key is refused. */
  listen(): Promise<void>;
}

const noKey =
  'This page was opened without the key of the running Call Desk. Open the address Call Desk printed when it started (npm start).';
const notRunning = 'Call Desk is not running any more. Start it again with npm start.';
/** JSON has no form for some values Electron's IPC carries (a BigInt); the app never sends one. */
const cannotEncode = 'This request holds a value that cannot be sent to Call Desk.';

function requestBody(channel: string, taggedInput: unknown): string {
  try {
    return JSON.stringify({ channel, input: taggedInput });
  } catch {
    throw new Error(cannotEncode);
  }
}

export function createHttpTransport({
  key,
  onEvent,
  onHostMessage,
  fetch: fetchFn = fetch.bind(window),
  wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}: HttpTransportDeps): HttpTransport {
  const headers = { [keyHeader]: key ?? '' };

  const route = (line: ServerLine): void => {
    if ('event' in line) onEvent(line.event, line.payload);
    else if ('host' in line) onHostMessage(line.host);
  };

  return {
    async send(channel, taggedInput) {
      if (key === null) return { ok: false, error: { code: 'failed', message: noKey } };
      const body = requestBody(channel, taggedInput);
      let response: Response;
      try {
        response = await fetchFn(apiPaths.invoke, {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/json' },
          body,
        });
      } catch {
        throw new Error(notRunning);
      }
      if (!response.ok || !response.body) throw new Error((await response.text()) || `Call Desk did not answer (${response.status}).`);
      let result: { value: unknown } | null = null;
      try {
        await readLines(response.body, (line) => {
          if ('result' in line) result = { value: line.result };
          else route(line);
        });
      } catch {
        throw new Error(notRunning);
      }
      if (result === null) throw new Error(notRunning);
      return (result as { value: unknown }).value;
    },

    async listen() {
      if (key === null) return;
      let delay = 500;
      for (;;) {
        try {
          const response = await fetchFn(apiPaths.events, { headers, cache: 'no-store' });
          // Refused: this key belongs to an earlier run; nothing will change by asking again.
          if (response.status === 403) {
            console.warn(`[call-desk] ${await response.text()}`);
            return;
          }
          if (response.ok && response.body) {
            delay = 500;
            await readLines(response.body, route);
          }
        } catch {
          // The server stopped or restarts; try again below.
        }
        await wait(delay);
        delay = Math.min(delay * 2, 10_000);
      }
    },
  };
}
