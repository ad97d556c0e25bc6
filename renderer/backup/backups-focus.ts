// "Go to Settings → Backups" from elsewhere in the app (the header's backup notice): the router
// only knows screens, so the request to land on the Backups section is kept here until the
// section is on screen to take it, whether it is already shown or mounts after the navigation.
let pending = false;
const listeners = new Set<() => void>();

export function requestBackupsFocus(): void {
  pending = true;
  for (const listener of [...listeners]) listener();
}

/** True once per request: the caller moves focus to the Backups section. */
export function takeBackupsFocusRequest(): boolean {
  const requested = pending;
  pending = false;
  return requested;
}

export function onBackupsFocusRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
