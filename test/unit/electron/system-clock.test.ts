// The real Clock: Node timers cap at 2^31-1 ms and count elapsed time, so the adapter waits
// in short steps against the wall clock.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSystemClock } from '../../../electron/adapters/system-clock';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-03-02T15:00:00.000Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the system clock', () => {
  it('fires at the instant, not before', () => {
    const fire = vi.fn();
    createSystemClock().setTimer(new Date('2026-03-02T15:10:00.000Z'), fire);
    vi.advanceTimersByTime(10 * 60_000 - 1);
    expect(fire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('waits longer than 2^31-1 ms (about 25 days) without firing early', () => {
    const fire = vi.fn();
    createSystemClock().setTimer(new Date('2026-05-01T09:00:00.000Z'), fire);
    vi.advanceTimersByTime(2 ** 31);
    expect(fire).not.toHaveBeenCalled();
    vi.setSystemTime(new Date('2026-05-01T08:59:00.000Z'));
    vi.advanceTimersByTime(60_000);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('notices within a minute that the wall clock was moved past the instant', () => {
    const fire = vi.fn();
    createSystemClock().setTimer(new Date('2026-03-09T09:00:00.000Z'), fire);
    vi.advanceTimersByTime(1000);
    vi.setSystemTime(new Date('2026-03-10T00:00:00.000Z')); // set by hand; no time elapsed for timers
    vi.advanceTimersByTime(60_000);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('fires soon for an instant already past, and not at all once cancelled', () => {
    const clock = createSystemClock();
    const late = vi.fn();
    const cancelled = vi.fn();
    clock.setTimer(new Date('2026-03-01T00:00:00.000Z'), late);
    const cancel = clock.setTimer(new Date('2026-03-02T15:00:30.000Z'), cancelled);
    cancel();
    vi.advanceTimersByTime(5 * 60_000);
    expect(late).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
