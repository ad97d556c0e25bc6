// "Show in folder" in browser mode: main runs on the user's own machine, so it asks the OS file
// manager directly, as Electron's shell.showItemInFolder does (Explorer and Finder select the
// file; on Linux the folder opens).
import { spawn as spawnProcess, type SpawnOptions } from 'node:child_process';
import path from 'node:path';
import type { FolderRevealer } from '../services/files/file-ports';

type Spawn = (
  command: string,
  args: string[],
  options: SpawnOptions,
) => { on(event: 'error', listener: (error: Error) => void): unknown; unref(): void };

/** The program and arguments that show `file` in the platform's file manager. */
export function revealCommand(platform: string, file: string): { command: string; args: string[] } {
  if (platform === 'win32') return { command: 'explorer.exe', args: [`/select,${file}`] };
  if (platform === 'darwin') return { command: 'open', args: ['-R', file] };
  return { command: 'xdg-open', args: [path.dirname(file)] };
}

export function createOsFolderRevealer({
  platform = process.platform,
  spawn = spawnProcess as Spawn,
  warn,
}: {
  platform?: string;
  spawn?: Spawn;
  warn: (message: string) => void;
}): FolderRevealer {
  return {
    showItemInFolder(file) {
      const { command, args } = revealCommand(platform, file);
      const child = spawn(command, args, { detached: true, stdio: 'ignore' });
      child.on('error', (error) => warn(`Could not show ${file} in the file manager: ${error.message}`));
      child.unref();
    },
  };
}
