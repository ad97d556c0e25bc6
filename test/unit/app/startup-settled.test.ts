import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { isStartupSettled, resetStartupForTests, startupPatienceMs, watchStartup } from '../../../renderer/app/startup-settled';

/** Timers the test runs by hand: paints, idle moments and the patience timeout. */
function manualTimers() {
  const paints: (() => void)[] = [];
  const idles: (() => void)[] = [];
  const timeouts: { ms: number; run: () => void; cancelled: boolean }[] = [];
  return {
    timers: {
      afterPaint: (run: () => void) => void paints.push(run),
      whenIdle: (run: () => void) => void idles.push(run),
      after: (ms: number, run: () => void) => {
        const timeout = { ms, run, cancelled: false };
        timeouts.push(timeout);
        return () => void (timeout.cancelled = true);
      },
    },
    paint: () => paints.splice(0).forEach((run) => run()),
    idle: () => idles.splice(0).forEach((run) => run()),
    patienceRunsOut: () => timeouts.filter((t) => !t.cancelled && t.ms === startupPatienceMs).forEach((t) => t.run()),
  };
}

/** A query that stays fetching until `finish` is called. */
function slowQuery(client: QueryClient): () => Promise<unknown> {
  let finish = () => {};
  const fetched = client.fetchQuery({
    queryKey: ['first-screen'],
    queryFn: () => new Promise<string>((resolve) => (finish = () => resolve('rows'))),
  });
  return () => {
    finish();
    return fetched;
  };
}

afterEach(() => resetStartupForTests());

describe('watchStartup', () => {
  it("waits for the first paint, then for the first screen's reads, then for an idle moment", async () => {
    const client = new QueryClient();
    const manual = manualTimers();
    const finishRead = slowQuery(client);
    watchStartup(client, manual.timers);

    manual.idle();
    expect(isStartupSettled()).toBe(false); // not painted yet
    manual.paint();
    manual.idle();
    expect(isStartupSettled()).toBe(false); // the list's page is still being read

    await finishRead();
    expect(isStartupSettled()).toBe(false); // the browser has not had an idle moment yet
    manual.idle();
    expect(isStartupSettled()).toBe(true);
  });

  it('settles after its patience even while a read is still running', () => {
    const client = new QueryClient();
    const manual = manualTimers();
    slowQuery(client);
    watchStartup(client, manual.timers);
    manual.paint();
    manual.idle();
    expect(isStartupSettled()).toBe(false);
    manual.patienceRunsOut();
    expect(isStartupSettled()).toBe(true);
  });

  it('stops watching when the shell goes away before it settled', () => {
    const client = new QueryClient();
    const manual = manualTimers();
    const stop = watchStartup(client, manual.timers);
    stop();
    manual.paint();
    manual.idle();
    manual.patienceRunsOut();
    expect(isStartupSettled()).toBe(false);
  });
});
