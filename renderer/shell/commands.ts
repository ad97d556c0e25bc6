// App-wide commands (find, new customer, log a call, ...). They arrive from the native menu in
// Electron (menu:command events) or from the keyboard in a plain browser, and any screen that
// can act on one subscribes with useCommand.
import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../shared/ipc/contract';

export type AppCommand = MenuCommand;

const bus = new EventTarget();

export function runCommand(command: AppCommand): void {
  bus.dispatchEvent(new Event(command));
}

export function useCommand(command: AppCommand, handler: () => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const listener = () => latest.current();
    bus.addEventListener(command, listener);
    return () => bus.removeEventListener(command, listener);
  }, [command]);
}

/** Set when "find" navigates to the list so the list focuses its search box once mounted. */
let searchFocusRequested = false;
export function requestSearchFocus(): void {
  searchFocusRequested = true;
}
export function takeSearchFocusRequest(): boolean {
  const requested = searchFocusRequested;
  searchFocusRequested = false;
  return requested;
}
