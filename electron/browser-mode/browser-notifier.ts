// Reminder notifications in browser mode: every open page is asked to show one with the
// browser's Notification API (each page gives it the same tag, so the user sees one), and the
// terminal Call Desk runs in says it too, for when no page is open or notifications are blocked.
// A click comes back from the page and runs main's click path, as Electron's does.
import { randomBytes } from 'node:crypto';
import type { Notifier } from '../services/reminders/ports';
import type { HostMessage } from './host-messages';

/** Click handlers kept at most: a notification that was never clicked is forgotten after this many newer ones. */
const keptAtMost = 50;

export interface BrowserNotifier extends Notifier {
  /** The user clicked notification `id` in a page; false when it is unknown or forgotten. */
  click(id: string): boolean;
}

export interface BrowserNotifierDeps {
  /** Sends to every open page; returns how many it reached. */
  broadcast(message: HostMessage): number;
  /** A line on the terminal. */
  say(line: string): void;
  newId?: () => string;
}

export function createBrowserNotifier({
  broadcast,
  say,
  newId = () => randomBytes(8).toString('hex'),
}: BrowserNotifierDeps): BrowserNotifier {
  const handlers = new Map<string, () => void>();
  return {
    show(notice, onClick) {
      const id = newId();
      handlers.set(id, onClick);
      if (handlers.size > keptAtMost) handlers.delete(handlers.keys().next().value as string);
      say(`${notice.title}: ${notice.body}`);
      broadcast({ kind: 'notification', id, title: notice.title, body: notice.body });
    },
    click(id) {
      const handler = handlers.get(id);
      if (!handler) return false;
      handlers.delete(id);
      handler();
      return true;
    },
  };
}
