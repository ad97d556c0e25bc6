// The headless Chromium browser mode prints PDFs in (Electron prints in a hidden window of its
// own). Started on the first PDF, through Playwright (a development dependency, present wherever
// `npm start` runs), and closed when Call Desk stops.
import type { Browser, BrowserContext } from '@playwright/test';
import { errorMessage } from '../../shared/common/error-message';

export interface HeadlessPrinter {
  context(): Promise<BrowserContext>;
  close(): Promise<void>;
}

export function createHeadlessPrinter(executablePath: () => string): HeadlessPrinter {
  let starting: Promise<{ browser: Browser; context: BrowserContext }> | null = null;
  const start = async () => {
    const { chromium } = await import('@playwright/test');
    const browser = await chromium.launch({
      executablePath: executablePath(),
      headless: true,
      args: ['--disable-gpu'],
      // Call Desk's own Ctrl+C closes this browser after the rest; Playwright's would end the process first.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    return { browser, context: await browser.newContext() };
  };
  return {
    async context() {
      starting ??= start().catch((error: unknown) => {
        starting = null;
        throw new Error(`Call Desk could not start a browser to print the PDF in: ${errorMessage(error)}`);
      });
      return (await starting).context;
    },
    async close() {
      const running = starting;
      starting = null;
      if (running) await (await running.catch(() => null))?.browser.close();
    },
  };
}
