// OS notifications through Electron. A Notification object that is garbage-collected loses
// its click handler, so each is kept until clicked (the newest few dozen: Windows may never
// report that a notice it moved to the Action Center was closed).
import { Notification } from 'electron';
import type { Notifier } from '../services/reminders/ports';

const keptAtMost = 50;

export function createElectronNotifier(warn: (message: string) => void): Notifier {
  const live = new Set<Notification>();
  return {
    show(notice, onClick) {
      if (!Notification.isSupported()) {
        warn(`Notifications are not supported here; not shown: ${notice.title}`);
        return;
      }
      const notification = new Notification({ title: notice.title, body: notice.body });
      live.add(notification);
      if (live.size > keptAtMost) {
        const oldest = live.values().next().value;
        if (oldest) live.delete(oldest);
      }
      notification.on('click', () => {
        live.delete(notification);
        onClick();
      });
      notification.on('failed', (_event, error) => {
        live.delete(notification);
        warn(`A notification could not be shown: ${error}`);
      });
      notification.show();
    },
  };
}
