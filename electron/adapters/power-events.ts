// Tells main when the machine wakes or the screen is unlocked: timers did not run while it
// slept, so reminders due meanwhile are fired then.
import { powerMonitor } from 'electron';

/** Must run after app `ready`. */
export function onWake(listener: () => void): void {
  powerMonitor.on('resume', listener);
  powerMonitor.on('unlock-screen', listener);
}
