// Port: Chromium's print engine. Electron prints in a hidden window (printToPDF); the e2e test
// host prints with Playwright's page.pdf(). Both take the same options, below.
import { printMarginsMm } from '../../../shared/export/print-styles';
import type { PaperSize } from '../../../shared/export/print-document';

export interface PdfRenderRequest {
  /** A complete HTML document (shared/export/print-document.ts). */
  html: string;
  /** Printed inside the top and bottom page margins; Chromium fills pageNumber/totalPages. */
  headerTemplate: string;
  footerTemplate: string;
  paper: PaperSize;
}

export interface PdfRenderer {
  render(request: PdfRenderRequest): Promise<Uint8Array>;
}

/**
 * The print options both adapters pass. The document's own `@page` rule sets size and margins
 * (preferCSSPageSize); the same margins are passed explicitly too, so the header and footer
 * bands have their room whichever the engine honours.
 */
export const pdfPrintOptions = {
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: true,
  marginsMm: printMarginsMm,
} as const;
