// The test host's stand-in for Electron's permission handlers: the browser's own microphone
// permission, granted to the app's origin while main's recording access holds a window open and
// cleared as soon as none does. The browser runs with fake media devices and without the flag
// that would accept every prompt, so a page that asks outside a recording is refused, as in the app.
import type { BrowserContext } from '@playwright/test';
import type { RecordingGrants } from '../../electron/services/recording/recording-access';

export function createBrowserMicrophoneGrants(contexts: () => readonly BrowserContext[], origin: () => string): RecordingGrants {
  const open = new Set<string>();
  return {
    async open(callerId) {
      open.add(callerId);
      await Promise.all(contexts().map((context) => context.grantPermissions(['microphone'], { origin: origin() })));
    },
    async close(callerId) {
      open.delete(callerId);
      // Playwright clears a context's grants all at once; the host grants nothing else.
      if (open.size === 0) await Promise.all(contexts().map((context) => context.clearPermissions()));
    },
  };
}
