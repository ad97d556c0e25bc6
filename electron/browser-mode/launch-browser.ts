// Opens browser mode's window: the found Chromium-family browser in app mode (a window of its
// own, no tabs or address bar), on a profile inside the data folder so the IndexedDB that holds
// the user's records is kept there across runs.
import { spawn as spawnProcess, type ChildProcess, type SpawnOptions } from 'node:child_process';

/** False on a Linux machine with no graphical session (a server, SSH, a container). */
export function hasDisplay(platform: string, env: Record<string, string | undefined>): boolean {
  if (platform === 'win32' || platform === 'darwin') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

export function appWindowArgs({ url, profileDir, runningAsRoot }: { url: string; profileDir: string; runningAsRoot: boolean }): string[] {
  return [
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    // Chromium refuses to start as root with its sandbox on; only then is it turned off.
    ...(runningAsRoot ? ['--no-sandbox'] : []),
  ];
}

type Spawn = (command: string, args: string[], options: SpawnOptions) => ChildProcess;

export function launchAppWindow(executable: string, args: string[], spawn: Spawn = spawnProcess): ChildProcess {
  // The browser's own console chatter stays out of Call Desk's terminal.
  return spawn(executable, args, { stdio: 'ignore' });
}
