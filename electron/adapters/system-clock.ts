// The reminder service's Clock on the real system time. Node timers cannot wait more than
// 2^31-1 ms (about 24.8 days: longer delays fire at once), and they count elapsed time, not
// wall time, so a clock set by hand would leave a long wait pointing at the wrong moment.
// Waits are therefore cut into steps of at most a minute, each re-checking the wall clock.
import type { Clock } from '../services/reminders/ports';

const maxTimeoutMs = 2 ** 31 - 1;
const stepMs = Math.min(60_000, maxTimeoutMs);

export function createSystemClock(): Clock {
  return {
    now: () => new Date(),
    setTimer(at, fire) {
      let handle: NodeJS.Timeout | undefined;
      const wait = () => {
        const remaining = at.getTime() - Date.now();
        if (remaining <= 0) {
          handle = undefined;
          fire();
          return;
        }
        handle = setTimeout(wait, Math.min(remaining, stepMs));
      };
      // Ring from a fresh task even when already due, as the Clock port promises ("soon").
      handle = setTimeout(wait, 0);
      return () => clearTimeout(handle);
    },
  };
}
