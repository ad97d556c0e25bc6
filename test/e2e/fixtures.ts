// Playwright fixtures for Call Desk e2e specs. The same spec runs in two runtimes:
//   chromium  a Chromium-family browser (scripts/find-chromium.mjs) with a persistent profile +
//             the test host as main (always)
//   electron  the real app through _electron.launch (only where the Electron binary exists)
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, chromium, test as base, type BrowserContext, type ElectronApplication, type Page } from '@playwright/test';
import type { EventChannel } from '../../shared/ipc/channels';
import type { IpcEventPayload } from '../../shared/ipc/contract';
import { requireChromium } from '../../scripts/find-chromium.mjs';
import { builtMainScript, repoRoot } from '../host/paths';
import { startTestHost, type TestHost } from '../host/test-host';
import { completeSetup, e2eOffice } from './support/first-run-setup';
import { setTestNow } from './support/test-clock';

export { expect } from '@playwright/test';

export type Runtime = 'chromium' | 'electron';

/** Set per project in playwright.config.ts, or per spec with test.use(). */
export interface FixtureOptions {
  runtime: Runtime;
  /**
   * The instant the test runs at (UTC ISO): the browser's clock starts there and flows, main's
   * FakeClock stands there, and test-side dates (support/test-clock) read it. Never the real time,
   * so a spec passes at any hour.
   */
  now: string;
  /** The browser's own ("machine") time zone, which the app must not use once the office zone is known. */
  browserTimeZone: string;
}

/** How launch() meets the first-run setup of a fresh profile. */
export interface LaunchOptions {
  /**
   * 'demo' (the default): completes the setup for the e2e office (support/first-run-setup) with
   * "Try with demo data", so the spec starts on the demo accounts. 'show': leaves the setup
   * screen to the spec.
   */
  firstRun?: 'demo' | 'show';
  /** What the browser says about the machine (chromium only): its language and time zone. */
  machine?: { locale?: string; timezoneId?: string };
  /**
   * Chromium's fake microphone (a steady tone) in place of the machine's devices, for specs that
   * record (chromium only). Only the fake device: not the flag that accepts every permission
   * prompt, so the microphone stays refused unless main's recording access grants it.
   */
  fakeMediaDevices?: boolean;
}

/** A Wednesday, mid-morning in the Americas and evening in Europe: far from any midnight. */
export const defaultTestNow = '2026-06-17T16:00:00.000Z';

export interface CallDeskApp {
  readonly runtime: Runtime;
  /** Starts the app on the test's fresh profile and returns its window once loaded (see LaunchOptions). */
  launch(options?: LaunchOptions): Promise<Page>;
  /** Quits the browser/app for real and starts it again on the same profile and origin. */
  restart(): Promise<Page>;
  /** The current window; throws before launch(). */
  readonly page: Page;
  /** Sends a main → renderer event (e.g. 'menu:command') to the current window. */
  emit<E extends EventChannel>(event: E, payload: IpcEventPayload<E>): Promise<void>;
}

interface CallDeskFixtures {
  /** The test host playing main (chromium only; tests that use it are skipped under Electron). */
  host: TestHost;
  /** A fresh, empty browser profile / Electron user-data folder for this test. */
  profileDir: string;
  app: CallDeskApp;
  _hostOrNull: TestHost | null;
}

let foundChromium: string | undefined;
/**
 * The browser the specs and the benchmark drive: CALLDESK_CHROMIUM, Playwright's own Chromium,
 * else Chrome, Edge or Chromium where installed. playwright.config.ts stops the run with one
 * line when there is none, so this throws only when a spec is run some other way.
 */
export function chromiumPath(): string {
  foundChromium ??= requireChromium();
  return foundChromium;
}
/** The flags every Chromium the tests and the bench start with: no network, no background work, no sandbox. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const viewport = { width: 1280, height: 800 };
/** A fake microphone and camera instead of the machine's; permission is still asked (see fakeMediaDevices). */
export const fakeMediaDeviceArgs = ['--use-fake-device-for-media-stream'];

interface Running {
  page: Page;
  /** The browser's clock when it was last read (to restart where it left off). */
  browserNow(): Promise<number>;
  close(): Promise<void>;
  emit(event: string, payload: unknown): Promise<void>;
}

interface BrowserClock {
  /** Where the page's clock starts; it then flows at the normal rate (timers keep working). */
  time: number;
  timeZone: string;
}

async function launchInChromium(
  host: TestHost,
  profileDir: string,
  clock: BrowserClock,
  machine: LaunchOptions['machine'] = {},
  fakeMediaDevices = false,
): Promise<Running> {
  const context: BrowserContext = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: fakeMediaDevices ? [...chromiumArgs, ...fakeMediaDeviceArgs] : chromiumArgs,
    viewport,
    ...machine,
    timezoneId: machine.timezoneId ?? clock.timeZone,
  });
  try {
    await context.clock.install({ time: clock.time });
    await host.attach(context);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(host.url);
    return {
      page,
      browserNow: () => page.evaluate(() => Date.now()),
      close: () => context.close(),
      emit: async (event, payload) => {
        await host.emit(page, event as EventChannel, payload as IpcEventPayload<EventChannel>);
      },
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

// Not exercised on our machines (no Electron binary); written against the documented API
// so it works where `node node_modules/electron/install.js` has fetched the binary.
async function launchInElectron(profileDir: string, clock: BrowserClock): Promise<Running> {
  // The project folder, not main.cjs itself, so Electron reads package.json ("main" points to
  // out/electron/main.cjs) and the app runs under its own name and version.
  if (!existsSync(builtMainScript)) throw new Error(`${builtMainScript} is missing: run \`npm run build\` first.`);
  const electronApp: ElectronApplication = await _electron.launch({
    args: [repoRoot, `--user-data-dir=${profileDir}`],
    cwd: repoRoot,
    env: { ...process.env, TZ: clock.timeZone },
  });
  try {
    await electronApp.context().clock.install({ time: clock.time });
    const page = await electronApp.firstWindow();
    await page.waitForLoadState('load');
    return {
      page,
      browserNow: () => page.evaluate(() => Date.now()),
      close: () => electronApp.close(),
      emit: async (event, payload) => {
        await electronApp.evaluate(
          ({ BrowserWindow }, [name, data]) => {
            for (const window of BrowserWindow.getAllWindows()) window.webContents.send(name, data);
          },
          [event, payload] as const,
        );
      },
    };
  } catch (error) {
    await electronApp.close();
    throw error;
  }
}

export const test = base.extend<CallDeskFixtures & FixtureOptions>({
  runtime: ['chromium', { option: true }],
  now: [defaultTestNow, { option: true }],
  browserTimeZone: ['UTC', { option: true }],

  // Playwright reads fixture dependencies from the destructuring pattern, so it must be there.
  // eslint-disable-next-line no-empty-pattern
  profileDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'call-desk-e2e-profile-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  },

  _hostOrNull: async ({ runtime, now }, use) => {
    setTestNow(now);
    if (runtime !== 'chromium') return use(null);
    const host = await startTestHost({ now });
    await use(host);
    await host.stop();
  },

  host: async ({ _hostOrNull, runtime }, use, testInfo) => {
    testInfo.skip(_hostOrNull === null, `The test host replaces main only in the chromium project (runtime: ${runtime}).`);
    await use(_hostOrNull as TestHost);
  },

  app: async ({ runtime, _hostOrNull, profileDir, now, browserTimeZone }, use, testInfo) => {
    let running: Running | null = null;
    let machine: LaunchOptions['machine'];
    let fakeMediaDevices = false;
    // A restart carries on from where the browser's clock had got to, so time never runs back.
    let browserTime = new Date(now).getTime();
    const start = async (): Promise<Page> => {
      if (running) throw new Error('The app is already running; use app.restart().');
      const clock = { time: browserTime, timeZone: browserTimeZone };
      running = _hostOrNull
        ? await launchInChromium(_hostOrNull, profileDir, clock, machine, fakeMediaDevices)
        : await launchInElectron(profileDir, clock);
      return running.page;
    };
    const current = (): Running => {
      if (!running) throw new Error('The app is not running: call app.launch() first.');
      return running;
    };

    await use({
      runtime,
      async launch(options = {}) {
        machine = options.machine;
        fakeMediaDevices = options.fakeMediaDevices ?? false;
        const page = await start();
        // A fresh profile opens on the first-run setup; restarts never see it again.
        if ((options.firstRun ?? 'demo') === 'demo') await completeSetup(page, e2eOffice, 'demo');
        return page;
      },
      async restart() {
        const previous = current();
        running = null;
        browserTime = await previous.browserNow().catch(() => browserTime);
        await previous.close();
        return start();
      },
      get page() {
        return current().page;
      },
      emit: (event, payload) => current().emit(event, payload),
    });

    const last = running as Running | null;
    if (last) {
      if (testInfo.status !== testInfo.expectedStatus) {
        const shot = await last.page.screenshot().catch(() => null);
        if (shot) await testInfo.attach('window at failure', { body: shot, contentType: 'image/png' });
      }
      await last.close();
    }
  },
});
