// Closing the window hides it instead (when the user wants that), so the app keeps running in
// the tray and reminders still fire. A real quit (tray, menu, Cmd+Q) must close it: the
// caller's `shouldHide` says no once quitting has begun.
import type { BrowserWindow } from 'electron';

export function hideOnClose(window: BrowserWindow, shouldHide: () => boolean): void {
  // Windows logging off or shutting down closes windows without 'before-quit'; hiding then
  // would hold up the session end.
  let sessionEnding = false;
  window.on('session-end', () => {
    sessionEnding = true;
  });
  window.on('close', (event) => {
    if (sessionEnding || !shouldHide()) return;
    event.preventDefault();
    window.hide();
  });
}
