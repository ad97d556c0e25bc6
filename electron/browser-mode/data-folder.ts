// Where browser mode keeps the data: the folder Electron's app.getPath('userData') gives the
// desktop app, so both read the same backups, reminders and preferences.
import path from 'node:path';

export function appDataFolder(platform: string, env: Record<string, string | undefined>, home: string): string {
  if (platform === 'win32') return env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support');
  const configHome = env.XDG_CONFIG_HOME;
  return configHome && path.isAbsolute(configHome) ? configHome : path.posix.join(home, '.config');
}

/** e.g. ~/.config/Call Desk, ~/Library/Application Support/Call Desk, %APPDATA%\Call Desk */
export function userDataFolder(productName: string, platform: string, env: Record<string, string | undefined>, home: string): string {
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  return join(appDataFolder(platform, env, home), productName);
}

/** The folders browser mode adds inside the data folder. */
export function browserModeFolders(dataDir: string): { exports: string; browserProfile: string } {
  return { exports: path.join(dataDir, 'exports'), browserProfile: path.join(dataDir, 'browser-profile') };
}
