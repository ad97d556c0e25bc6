// Stands in for OS notifications: keeps every notice main showed, and lets a test click one.
import type { Notifier, ReminderNotice } from '../../electron/services/reminders/ports';

export interface RecordingNotifier extends Notifier {
  /** Every notice shown, oldest first. */
  readonly shown: readonly ReminderNotice[];
  /** Runs the click handler of the notice at `index`, as the OS does when the user clicks it. */
  click(index: number): void;
}

export function createRecordingNotifier(): RecordingNotifier {
  const shown: ReminderNotice[] = [];
  const handlers: (() => void)[] = [];
  return {
    shown,
    show(notice, onClick) {
      shown.push({ title: notice.title, body: notice.body, customerId: notice.customerId });
      handlers.push(onClick);
    },
    click(index) {
      const handler = handlers[index];
      if (!handler) throw new Error(`There is no notification ${index} to click (${shown.length} shown).`);
      handler();
    },
  };
}
