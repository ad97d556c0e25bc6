// PdfRenderer outside Electron: Chromium's print engine through Playwright's page.pdf(), in a
// fresh page of a headless browser context (the same engine Electron's printToPDF drives, with
// the same options). The e2e test host prints in the context the test attached; browser mode in
// a headless Chromium of its own. The page is locked down as Electron's print window is: no
// script runs and nothing is fetched, so a template that leans on either fails here too.
import type { BrowserContext } from '@playwright/test';
import { pdfPrintOptions, type PdfRenderer } from '../services/export/pdf-renderer';

const mm = (value: number) => `${value}mm`;

export function createPlaywrightPdfRenderer(currentContext: () => BrowserContext | undefined | Promise<BrowserContext>): PdfRenderer {
  return {
    async render({ html, headerTemplate, footerTemplate, paper }) {
      const context = await currentContext();
      if (!context) throw new Error('There is no browser to print the PDF in yet.');
      const page = await context.newPage();
      try {
        const devtools = await context.newCDPSession(page);
        await devtools.send('Emulation.setScriptExecutionDisabled', { value: true });
        // data: URLs never reach a route; everything else is refused.
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        const margins = pdfPrintOptions.marginsMm;
        const pdf = await page.pdf({
          format: paper,
          printBackground: pdfPrintOptions.printBackground,
          preferCSSPageSize: pdfPrintOptions.preferCSSPageSize,
          displayHeaderFooter: pdfPrintOptions.displayHeaderFooter,
          headerTemplate,
          footerTemplate,
          margin: { top: mm(margins.top), right: mm(margins.right), bottom: mm(margins.bottom), left: mm(margins.left) },
        });
        // A copy: a small Buffer may be a view into Node's shared pool.
        return new Uint8Array(pdf);
      } finally {
        await page.close();
      }
    },
  };
}
