// Which window a request came from, and when what it opened must go: a backup transfer, or a
// recording's microphone permission, belongs to the page that opened it, and is let go when that
// page is replaced (a reload or any navigation to a new document), crashes, or its WebContents is gone.
import type { WebContents } from 'electron';

/** The IpcCaller id of requests from these contents. */
export function callerIdOf(contents: Pick<WebContents, 'id'> | undefined): string {
  return `web-contents-${contents?.id ?? 'unknown'}`;
}

/** Calls `gone` with the contents' caller id whenever its page stops being the one that asked. */
export function watchPageLifetime(contents: WebContents, gone: (callerId: string) => void): void {
  const id = callerIdOf(contents);
  // Fired for each new document in the main frame, a reload included; not for in-page (hash) moves.
  contents.on('did-navigate', () => gone(id));
  contents.on('render-process-gone', () => gone(id));
  contents.once('destroyed', () => gone(id));
}
