import { describe, expect, it } from 'vitest';
import { findChromium, noChromiumInstruction, requireChromium, usualChromiumPaths } from '../../../scripts/find-chromium.mjs';

/** A machine where exactly these files exist. */
function machine(files: string[]) {
  const present = new Set(files);
  return (file: string) => present.has(file);
}

const noPlaywright = () => null;

describe('findChromium', () => {
  it('takes CALLDESK_CHROMIUM first, ahead of every other browser', () => {
    const found = findChromium({
      env: { CALLDESK_CHROMIUM: '/opt/my-chrome/chrome' },
      platform: 'linux',
      home: '/home/ana',
      fileExists: machine(['/opt/my-chrome/chrome', '/pw/chrome', '/usr/bin/chromium']),
      playwrightChromium: () => '/pw/chrome',
    });
    expect(found).toEqual({ path: '/opt/my-chrome/chrome', source: 'variable' });
  });

  it('names the variable when CALLDESK_CHROMIUM points nowhere, instead of picking another browser', () => {
    const found = findChromium({
      env: { CALLDESK_CHROMIUM: '/opt/missing/chrome' },
      platform: 'linux',
      home: '/home/ana',
      fileExists: machine(['/usr/bin/chromium']),
      playwrightChromium: noPlaywright,
    });
    expect(found.path).toBeNull();
    expect(found.path === null && found.problem).toBe(
      'CALLDESK_CHROMIUM is set to "/opt/missing/chrome", but there is no file there: set it to the browser\'s program file, or unset it.',
    );
  });

  it("uses Playwright's own Chromium when it has been downloaded", () => {
    const found = findChromium({
      env: {},
      platform: 'linux',
      home: '/home/ana',
      fileExists: machine(['/pw/chrome', '/usr/bin/chromium']),
      playwrightChromium: () => '/pw/chrome',
    });
    expect(found).toEqual({ path: '/pw/chrome', source: 'playwright' });
  });

  it("passes over Playwright's Chromium when only its path is known (never downloaded)", () => {
    const found = findChromium({
      env: {},
      platform: 'linux',
      home: '/home/ana',
      fileExists: machine(['/usr/bin/google-chrome']),
      playwrightChromium: () => '/pw/chrome',
    });
    expect(found).toEqual({ path: '/usr/bin/google-chrome', source: 'system' });
  });

  it.each([
    ['linux', '/snap/bin/chromium', {}],
    ['linux', '/usr/bin/microsoft-edge', {}],
    ['darwin', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge', {}],
    ['darwin', '/Users/ana/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', {}],
    ['win32', 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe', { 'ProgramFiles(x86)': 'C:\\Program Files (x86)' }],
    [
      'win32',
      'C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
      { LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' },
    ],
    ['win32', 'D:\\Apps\\Chromium\\Application\\chrome.exe', { ProgramFiles: 'D:\\Apps' }],
  ] as const)('finds a browser installed on %s at %s', (platform, file, env) => {
    const home = platform === 'darwin' ? '/Users/ana' : '/home/ana';
    expect(findChromium({ env, platform, home, fileExists: machine([file]), playwrightChromium: noPlaywright })).toEqual({
      path: file,
      source: 'system',
    });
  });

  it('prefers Chrome over Edge over Chromium in the same place, and /Applications over ~/Applications', () => {
    const mac = usualChromiumPaths('darwin', {}, '/Users/ana');
    expect(mac.indexOf('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome')).toBe(0);
    expect(mac.indexOf('/Users/ana/Applications/Google Chrome.app/Contents/MacOS/Google Chrome')).toBeGreaterThan(
      mac.indexOf('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'),
    );
    const windows = usualChromiumPaths('win32', { LOCALAPPDATA: 'C:\\L' }, 'C:\\Users\\ana');
    expect(windows[0]).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(windows.indexOf('C:\\L\\Google\\Chrome\\Application\\chrome.exe')).toBeLessThan(
      windows.indexOf('C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe'),
    );
  });

  it('says in one line what to do when there is no browser at all', () => {
    const found = findChromium({
      env: {},
      platform: 'win32',
      home: 'C:\\Users\\ana',
      fileExists: machine([]),
      playwrightChromium: noPlaywright,
    });
    expect(found).toEqual({ path: null, problem: noChromiumInstruction });
    expect(noChromiumInstruction).not.toContain('\n');
    expect(noChromiumInstruction).toContain('CALLDESK_CHROMIUM');
    expect(() =>
      requireChromium({ env: {}, platform: 'linux', home: '/h', fileExists: machine([]), playwrightChromium: noPlaywright }),
    ).toThrow(noChromiumInstruction);
  });
});
