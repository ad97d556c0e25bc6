// The page request main is working on, for the adapters that must answer that page rather than
// every page: a file picker opens, a download is offered, a tel: link is handed over in the
// window that asked. Services never see it: the ports keep their Electron shapes, and the
// browser adapters look up the request they run in (AsyncLocalStorage follows the awaits).
import { AsyncLocalStorage } from 'node:async_hooks';
import type { IpcResult } from '../../shared/ipc/contract';
import type { HostMessage } from './host-messages';

export interface PageRequest {
  /** Sends a message to the page that made this request, ahead of the reply. */
  tell(message: HostMessage): void;
  /** Run, in order, once main has answered and before the reply goes out (a download is offered). */
  readonly beforeReply: ((result: IpcResult) => Promise<void>)[];
  /** Run after those, still before the reply: a file the page uploaded for this request is removed, main having read it. */
  readonly tidyUp: (() => Promise<void>)[];
  /** Aborted when the page goes away before the reply (closed, reloaded): a picker stops waiting. */
  readonly abandoned: AbortSignal;
}

const current = new AsyncLocalStorage<PageRequest>();

export function runInPageRequest<T>(request: PageRequest, work: () => Promise<T>): Promise<T> {
  return current.run(request, work);
}

/** The page request this code runs for, or null outside one (a reminder timer, start-up). */
export function currentPageRequest(): PageRequest | null {
  return current.getStore() ?? null;
}

/** Hooks run before every page request's reply, after its own (see onEveryReply). */
const everyReply = new Set<(request: PageRequest, result: IpcResult) => Promise<void>>();

/**
 * Runs `hook` before the reply of every page request from now on. For work that finishes in a
 * later request than the one that began it: "Back up now" chooses its file in backup:write-begin,
 * and the file exists only once backup:write-finish has placed it. Returns the way to stop.
 */
export function onEveryReply(hook: (request: PageRequest, result: IpcResult) => Promise<void>): () => void {
  everyReply.add(hook);
  return () => everyReply.delete(hook);
}

export function newPageRequest(tell: (message: HostMessage) => void, abandoned: AbortSignal): PageRequest {
  const request: PageRequest = {
    tell,
    beforeReply: [
      async (result) => {
        for (const hook of [...everyReply]) await hook(request, result);
      },
    ],
    tidyUp: [],
    abandoned,
  };
  return request;
}
