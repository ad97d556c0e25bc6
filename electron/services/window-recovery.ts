// What main does when the window's page dies or hangs: the page is reloaded (every record is in
// IndexedDB, and a call note typed but not saved is kept as a draft there too), and the user is
// told what happened. A page that keeps dying is not reloaded in a loop.
import type { Clock, Notifier } from './reminders/ports';

/** The part of the window the recovery drives (Electron adapter: a BrowserWindow's webContents). */
export interface RecoverableWindow {
  isDestroyed(): boolean;
  reload(): void;
  /** Ends a hung page's process, so that it can be reloaded (it then reports itself gone). */
  crashPage(): void;
}

export interface WindowRecoveryDeps {
  clock: Clock;
  notifier: Notifier;
  warn(message: string): void;
  /** Brings the window forward (the notification's click). */
  activate(): void;
}

export interface WindowRecovery {
  /** The page's process ended; `reason` as Electron reports it ('clean-exit' when it quit normally). */
  pageGone(window: RecoverableWindow, reason: string): void;
  /** The page stopped answering. */
  pageUnresponsive(window: RecoverableWindow): void;
  /** The page answers again. */
  pageResponsive(): void;
}

/** How long a hung page gets to come back before it is reloaded. */
export const hungPageGraceMs = 15_000;
/** More page losses than this within `crashWindowMs` stop the reloads. */
export const crashesBeforeGivingUp = 3;
export const crashWindowMs = 60_000;

export const reloadedNotice = {
  title: 'Call Desk reopened its window',
  body: 'The window stopped working and was reloaded. Your saved data, and any call note you were typing, are kept.',
  customerId: null,
};

export const givenUpNotice = {
  title: 'Call Desk’s window keeps stopping',
  body: 'It was not reloaded again. Quit Call Desk and open it again; your saved data is kept.',
  customerId: null,
};

export function createWindowRecovery(deps: WindowRecoveryDeps): WindowRecovery {
  const { clock, notifier, warn } = deps;
  let losses: number[] = [];
  let cancelHangTimer: (() => void) | null = null;

  const stopWaiting = () => {
    cancelHangTimer?.();
    cancelHangTimer = null;
  };

  return {
    pageGone(window, reason) {
      stopWaiting();
      if (reason === 'clean-exit' || window.isDestroyed()) return;
      const now = clock.now().getTime();
      losses = [...losses.filter((at) => now - at < crashWindowMs), now];
      warn(`The window's page ended (${reason}).`);
      if (losses.length > crashesBeforeGivingUp) {
        notifier.show(givenUpNotice, deps.activate);
        return;
      }
      window.reload();
      notifier.show(reloadedNotice, deps.activate);
    },

    pageUnresponsive(window) {
      if (cancelHangTimer) return;
      cancelHangTimer = clock.setTimer(new Date(clock.now().getTime() + hungPageGraceMs), () => {
        cancelHangTimer = null;
        if (window.isDestroyed()) return;
        warn(`The window did not answer for ${hungPageGraceMs / 1000} s; it is reloaded.`);
        // Its process is ended first: a hung page cannot run its own reload. pageGone follows.
        window.crashPage();
      });
    },

    pageResponsive: stopWaiting,
  };
}
