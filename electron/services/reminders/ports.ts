// The reminder service's view of the platform: a clock that can wake it, and a way to tap the
// user on the shoulder. Electron adapters implement these in main; the test host and unit
// tests pass a controllable clock and a recording notifier.

export interface Clock {
  now(): Date;
  /**
   * Calls `fire` once, at `at` or later (late is fine: the machine may sleep). An `at` in the
   * past fires soon. Returns a function that cancels it.
   */
  setTimer(at: Date, fire: () => void): () => void;
}

/** One OS notification. `customerId` is null for a group or a notice about the app itself. */
export interface ReminderNotice {
  title: string;
  body: string;
  customerId: string | null;
}

export interface Notifier {
  /** Shows the notification; `onClick` runs when the user clicks it. */
  show(notice: ReminderNotice, onClick: () => void): void;
}
