// A clock the test drives: time stands still until the test moves it. Used by the e2e test host
// and the reminder unit tests in place of the system clock.
import type { Clock } from '../../electron/services/reminders/ports';

export interface FakeClock extends Clock {
  /**
   * Jumps to `date` without ringing any timer, as a sleeping machine or a clock set by hand
   * does. Follow with the service's resume() to play the wake-up.
   */
  set(date: Date | string | number): void;
  /**
   * Moves time forward by `ms`, ringing every timer that falls due on the way, in order, each
   * at its own instant. Resolves once the work the timers started has settled.
   */
  advance(ms: number): Promise<void>;
  /** Timers armed and not yet rung or cancelled (the reminder service keeps at most one). */
  armedTimers(): number;
}

export interface FakeClockOptions {
  start?: Date | string | number;
  /** Awaited after each timer rings, e.g. () => reminders.idle(), so effects land in order. */
  settle?: () => Promise<void>;
}

interface Timer {
  at: number;
  order: number;
  fire: () => void;
}

export function createFakeClock({ start = Date.now(), settle = async () => {} }: FakeClockOptions = {}): FakeClock {
  let now = new Date(start).getTime();
  let order = 0;
  const timers = new Set<Timer>();

  function earliestDue(limit: number): Timer | undefined {
    let best: Timer | undefined;
    for (const timer of timers) {
      if (timer.at > limit) continue;
      if (!best || timer.at < best.at || (timer.at === best.at && timer.order < best.order)) best = timer;
    }
    return best;
  }

  return {
    now: () => new Date(now),

    setTimer(at, fire) {
      const timer: Timer = { at: at.getTime(), order: order++, fire };
      timers.add(timer);
      return () => {
        timers.delete(timer);
      };
    },

    set(date) {
      const next = new Date(date).getTime();
      if (Number.isNaN(next)) throw new Error(`The fake clock cannot be set to ${String(date)}.`);
      now = next;
    },

    async advance(ms) {
      if (!(ms >= 0)) throw new Error('The fake clock only moves forward; use set() to jump back.');
      const target = now + ms;
      for (let timer = earliestDue(target); timer; timer = earliestDue(target)) {
        timers.delete(timer);
        now = Math.max(now, timer.at);
        timer.fire();
        await settle();
      }
      now = target;
    },

    armedTimers: () => timers.size,
  };
}
