// The small decisions browser mode makes: where the data lives, which port, how the window opens.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pageOpener } from '../../../../electron/browser-mode/browser-opener';
import { browserModeFile, firstChoicePort, savedPort, savePort } from '../../../../electron/browser-mode/browser-port';
import { browserModeFolders, userDataFolder } from '../../../../electron/browser-mode/data-folder';
import type { HostMessage } from '../../../../electron/browser-mode/host-messages';
import { appWindowArgs, hasDisplay } from '../../../../electron/browser-mode/launch-browser';
import { createOsFolderRevealer, revealCommand } from '../../../../electron/browser-mode/os-folder-revealer';
import { newPageRequest, runInPageRequest } from '../../../../electron/browser-mode/request-context';
import { startPageHtml, writeStartPage } from '../../../../electron/browser-mode/start-page';
import { memoryFiles } from '../fake-main-ports';

describe('the data folder', () => {
  it("is the desktop app's userData folder on each platform", () => {
    expect(userDataFolder('Call Desk', 'linux', {}, '/home/ana')).toBe('/home/ana/.config/Call Desk');
    expect(userDataFolder('Call Desk', 'linux', { XDG_CONFIG_HOME: '/data/config' }, '/home/ana')).toBe('/data/config/Call Desk');
    expect(userDataFolder('Call Desk', 'linux', { XDG_CONFIG_HOME: 'relative' }, '/home/ana')).toBe('/home/ana/.config/Call Desk');
    expect(userDataFolder('Call Desk', 'darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/Call Desk');
    expect(userDataFolder('Call Desk', 'win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Call Desk',
    );
    expect(userDataFolder('Call Desk', 'win32', {}, 'C:\\Users\\ana')).toBe('C:\\Users\\ana\\AppData\\Roaming\\Call Desk');
  });

  it('holds the exports and the browser profile', () => {
    expect(browserModeFolders('/home/ana/.config/Call Desk')).toEqual({
      exports: path.join('/home/ana/.config/Call Desk', 'exports'),
      browserProfile: path.join('/home/ana/.config/Call Desk', 'browser-profile'),
    });
  });
});

describe('the port', () => {
  it('is remembered in the data folder, and anything odd there counts as none', async () => {
    const store = memoryFiles();
    expect(await savedPort(store)).toBeNull();
    await savePort(store, 28_571);
    expect(store.files.get(browserModeFile)).toEqual({ port: 28_571 });
    expect(await savedPort(store)).toBe(28_571);
    for (const odd of [{ port: 0 }, { port: 70_000 }, { port: '28571' }, { port: 1.5 }, 'port', null]) {
      expect(await savedPort(memoryFiles({ [browserModeFile]: odd }))).toBeNull();
    }
    const unreadable = memoryFiles({ [browserModeFile]: new Error('browser-mode.json is not valid JSON.') });
    expect(await savedPort(unreadable)).toBeNull();
  });

  it('starts below the ranges systems give outgoing connections', () => {
    expect(firstChoicePort).toBeLessThan(32_768);
  });
});

describe('the window', () => {
  it('opens in app mode on the profile in the data folder, with the sandbox off only for root', () => {
    expect(
      appWindowArgs({ url: 'file:///home/ana/.config/Call%20Desk/open-call-desk.html', profileDir: '/p', runningAsRoot: false }),
    ).toEqual([
      '--app=file:///home/ana/.config/Call%20Desk/open-call-desk.html',
      '--user-data-dir=/p',
      '--no-first-run',
      '--no-default-browser-check',
    ]);
    expect(appWindowArgs({ url: 'u', profileDir: '/p', runningAsRoot: true })).toContain('--no-sandbox');
  });

  it('has a display on Windows and macOS, and on Linux only with X11 or Wayland', () => {
    expect(hasDisplay('win32', {})).toBe(true);
    expect(hasDisplay('darwin', {})).toBe(true);
    expect(hasDisplay('linux', {})).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: ':0' })).toBe(true);
    expect(hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(hasDisplay('freebsd', { DISPLAY: '' })).toBe(false);
  });

  it('is pointed at a forwarding page readable by this user only, so the key stays off the command line', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'call-desk-start-page-'));
    try {
      const url = 'http://127.0.0.1:28571/#call-desk-key=abc';
      const page = await writeStartPage(folder, url);
      const file = fileURLToPath(page);
      expect(page).not.toContain('abc');
      expect(await readFile(file, 'utf8')).toBe(startPageHtml(url));
      if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect(startPageHtml('http://x/#a"><script>')).toContain('url=http://x/#a&quot;&gt;&lt;script&gt;"');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('the OS hand-offs', () => {
  it('hands tel: and mailto: links to the page that asked', async () => {
    const told: HostMessage[] = [];
    const request = newPageRequest((message) => told.push(message), new AbortController().signal);
    await runInPageRequest(request, () => pageOpener.open('tel:+14155550134'));
    expect(told).toEqual([{ kind: 'open-url', url: 'tel:+14155550134' }]);
    await expect(pageOpener.open('tel:+14155550134')).rejects.toThrow('There is no Call Desk window to open this link from.');
  });

  it("shows a saved file in the platform's file manager", () => {
    expect(revealCommand('win32', 'C:\\Users\\ana\\a.pdf')).toEqual({ command: 'explorer.exe', args: ['/select,C:\\Users\\ana\\a.pdf'] });
    expect(revealCommand('darwin', '/Users/ana/a.pdf')).toEqual({ command: 'open', args: ['-R', '/Users/ana/a.pdf'] });
    expect(revealCommand('linux', '/home/ana/exports/a.pdf')).toEqual({ command: 'xdg-open', args: ['/home/ana/exports'] });

    const spawned: string[] = [];
    const warnings: string[] = [];
    let failWith: ((error: Error) => void) | null = null;
    const revealer = createOsFolderRevealer({
      platform: 'linux',
      warn: (message) => warnings.push(message),
      spawn: (command, args, options) => {
        spawned.push(`${command} ${args.join(' ')} ${JSON.stringify(options)}`);
        return { on: (_event, listener) => (failWith = listener), unref: () => {} };
      },
    });
    revealer.showItemInFolder('/home/ana/exports/a.pdf');
    expect(spawned).toEqual(['xdg-open /home/ana/exports {"detached":true,"stdio":"ignore"}']);
    failWith!(new Error('spawn xdg-open ENOENT'));
    expect(warnings).toEqual(['Could not show /home/ana/exports/a.pdf in the file manager: spawn xdg-open ENOENT']);
  });
});
