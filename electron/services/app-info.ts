// Answers "app:get-info": who we are, which version, where the data lives.
import { appInfoSchema, type AppInfo } from '../../shared/ipc/contract';

/** Port: facts only the platform knows (Electron's `app` in main, fixed values in the test host). */
export interface AppRuntime {
  name(): string;
  version(): string;
  platform(): string;
  /** The folder that holds the user's data (Electron: app.getPath('userData')). */
  dataDirectory(): string;
  /** Electron's version, or null outside Electron. */
  electronVersion(): string | null;
  /** Null unless this is `npm start`'s browser mode (electron/browser-mode). */
  browserMode(): BrowserModeFacts | null;
}

export type BrowserModeFacts = NonNullable<AppInfo['browserMode']>;

export interface AppInfoService {
  get(): AppInfo;
}

export function createAppInfoService(runtime: AppRuntime): AppInfoService {
  return {
    get() {
      // Read on every call: the data folder can be changed by a command-line switch before ready.
      // Parsing catches an adapter returning nonsense (an empty version) close to its cause.
      return appInfoSchema.parse({
        name: runtime.name(),
        version: runtime.version(),
        platform: runtime.platform(),
        dataDirectory: runtime.dataDirectory(),
        electronVersion: runtime.electronVersion() || null,
        browserMode: runtime.browserMode(),
      });
    },
  };
}
