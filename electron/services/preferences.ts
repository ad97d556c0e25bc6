// Preferences main owns because they act with no window open: keep running in the tray when
// the window closes, and start at login. Kept in the data folder; the renderer reads and
// changes them over IPC.
import { defaultMainPreferences, mainPreferencesSchema, type MainPreferences } from '../../shared/ipc/contract';
import type { JsonFileStore } from './json-file-store';
import { errorMessage } from '../../shared/common/error-message';

/** Port: the OS list of apps started at login (Electron: app.setLoginItemSettings). */
export interface LoginItems {
  setOpenAtLogin(open: boolean): void;
}

export interface PreferencesService {
  /** The saved preferences (read from disk once), or the defaults. */
  get(): Promise<MainPreferences>;
  /** The preferences as last read or set, without waiting: for window 'close' handlers. */
  current(): MainPreferences;
  /** Saves the changed fields and applies them; resolves with the whole set. */
  set(patch: Partial<MainPreferences>): Promise<MainPreferences>;
}

export const preferencesFileName = 'preferences.json';

export interface PreferencesDeps {
  store: JsonFileStore;
  loginItems: LoginItems;
  warn?: (message: string) => void;
}

export function createPreferencesService({ store, loginItems, warn = () => {} }: PreferencesDeps): PreferencesService {
  let current: MainPreferences = { ...defaultMainPreferences };
  let loading: Promise<void> | null = null;
  let writes: Promise<unknown> = Promise.resolve();

  async function load(): Promise<void> {
    try {
      const saved = await store.read(preferencesFileName);
      if (saved === undefined) return;
      // Fields saved by a newer or older version are merged over the defaults one by one.
      const parsed = mainPreferencesSchema.partial().safeParse(saved);
      if (parsed.success) current = { ...defaultMainPreferences, ...parsed.data };
      else warn(`${preferencesFileName} does not hold preferences; using the defaults.`);
    } catch (error) {
      warn(`Preferences not loaded, using the defaults: ${errorMessage(error)}`);
    }
  }

  const get = async () => {
    await (loading ??= load());
    return current; // not the value `load` returned: a set since then replaced it
  };

  return {
    get,
    current: () => current,

    async set(patch) {
      await get();
      const run = writes.then(async () => {
        const next = mainPreferencesSchema.parse({ ...current, ...patch });
        await store.write(preferencesFileName, next);
        const loginChanged = next.startAtLogin !== current.startAtLogin;
        current = next;
        // Only on a change: re-registering at every start would undo a user's choice in the OS.
        if (loginChanged) loginItems.setOpenAtLogin(next.startAtLogin);
        return next;
      });
      writes = run.catch(() => {});
      return run;
    },
  };
}
