// pdf.js, loaded on first use (it is large and most sessions never open a PDF) and set up for
// the app's strict content security policy: its worker is a file of our own origin (the CSP's
// 'self'), no eval (isEvalSupported: false), and no WebAssembly (the CSP does not allow it;
// pdf.js then decodes JBIG2 and CCITT scans with its JavaScript decoders).
import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentLoadingTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { errorMessage } from '../../shared/common/error-message';

type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | null = null;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist').then(
    (pdfjs) => {
      pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
      return pdfjs;
    },
    (error: unknown) => {
      loading = null; // let the next viewer try again
      throw error;
    },
  );
  return loading;
}

/** Starts reading a PDF; the caller awaits `.promise` and calls `.destroy()` when done with it. */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentLoadingTask> {
  const pdfjs = await loadPdfJs();
  return pdfjs.getDocument({
    // pdf.js hands its buffer to the worker (detaching it): give it a copy, not the cached bytes.
    data: bytes.slice(),
    isEvalSupported: false,
    useWasm: false,
    enableXfa: false,
    // Keep showing what can be read of a partly damaged file.
    stopAtErrors: false,
  });
}

/** A sentence for the user about why a PDF could not be shown. */
export function pdfErrorMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return 'This PDF is protected by a password, so Call Desk cannot show it.';
  if (name === 'InvalidPDFException') return 'This file is damaged or is not a complete PDF, so Call Desk cannot show it.';
  return `Call Desk could not show this PDF (${errorMessage(error)}).`;
}

/** pdf.js works in PDF points (1/72 inch); at 100% a page is its real size on a 96 dpi screen. */
export const cssPixelsPerPoint = 96 / 72;
