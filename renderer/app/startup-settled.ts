// Work the first screen does not need (the reminder schedule, promise statuses, the automatic
// backup, the other screens' code) waits until that screen has its data on the page: started
// at once, it would queue its IndexedDB reads and writes in front of the screen's own and keep
// the window's thread busy while the user waits for the list.
import type { QueryClient } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';

/** Past this, background work starts even if some read is still running (a slow disk, a huge book). */
export const startupPatienceMs = 3_000;
/** How long after the reads settle the browser may keep the work waiting for an idle moment. */
const idleTimeoutMs = 500;

interface StartupTimers {
  afterPaint(run: () => void): void;
  whenIdle(run: () => void, timeoutMs: number): void;
  after(ms: number, run: () => void): () => void;
}

const browserTimers: StartupTimers = {
  // Two frames: the first screen has been committed and painted once.
  afterPaint: (run) => requestAnimationFrame(() => requestAnimationFrame(run)),
  whenIdle: (run, timeoutMs) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: timeoutMs }) : setTimeout(run, 0),
  after: (ms, run) => {
    const id = setTimeout(run, ms);
    return () => clearTimeout(id);
  },
};

let settled = false;
const listeners = new Set<() => void>();

function markSettled(): void {
  if (settled) return;
  settled = true;
  for (const listener of [...listeners]) listener();
}

/**
 * Resolves settled once the first screen has painted and no query is fetching (then at the
 * browser's next idle moment), or after `startupPatienceMs` whatever happens. Once per page.
 */
export function watchStartup(client: QueryClient, timers: StartupTimers = browserTimers): () => void {
  if (settled) return () => {};
  let stopped = false;
  let unsubscribe = () => {};
  const cancelPatience = timers.after(startupPatienceMs, markSettled);
  const settleWhenIdle = () => {
    if (stopped || settled || client.isFetching() > 0) return;
    unsubscribe();
    timers.whenIdle(markSettled, idleTimeoutMs);
  };
  timers.afterPaint(() => {
    if (stopped) return;
    unsubscribe = client.getQueryCache().subscribe(settleWhenIdle);
    settleWhenIdle();
  });
  return () => {
    stopped = true;
    unsubscribe();
    cancelPatience();
  };
}

/** Starts watching (call once, in the app shell). */
export function useStartupWatch(): void {
  const client = useQueryClient();
  useEffect(() => watchStartup(client), [client]);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isStartupSettled(): boolean {
  return settled;
}

/** False until the first screen has settled (see watchStartup); then true for the page's life. */
export function useStartupSettled(): boolean {
  return useSyncExternalStore(subscribe, isStartupSettled);
}

/** For tests: a fresh page. */
export function resetStartupForTests(): void {
  settled = false;
  listeners.clear();
}
