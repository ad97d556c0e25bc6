// PdfRenderer on Chromium's print engine: the document is loaded from a temporary file into a
// hidden window and printed with printToPDF. The window is locked down harder than the app's
// own: no preload, no JavaScript, the sandbox, and a session of its own (in memory) that grants
// no permission and loads nothing but that one file and data: images.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session, type Session } from 'electron';
import { pdfPrintOptions, type PdfRenderer } from '../services/export/pdf-renderer';

/** No "persist:" prefix: Electron keeps this session in memory only. */
export const printPartition = 'call-desk-print';

const inches = (mm: number) => mm / 25.4;

export function createElectronPdfRenderer(): PdfRenderer {
  /** The documents being printed now; the print session loads nothing else. */
  const allowed = new Set<string>();
  let printSession: Session | null = null;

  // Created on first use: sessions exist only once the app is ready.
  function hardenedSession(): Session {
    if (printSession) return printSession;
    const created = session.fromPartition(printPartition, { cache: false });
    created.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    created.setPermissionCheckHandler(() => false);
    created.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !(allowed.has(details.url) || details.url.startsWith('data:')) });
    });
    printSession = created;
    return created;
  }

  return {
    async render({ html, headerTemplate, footerTemplate, paper }) {
      const folder = await mkdtemp(path.join(tmpdir(), 'call-desk-print-'));
      const file = path.join(folder, 'document.html');
      const url = pathToFileURL(file).href;
      let window: BrowserWindow | null = null;
      try {
        await writeFile(file, html, 'utf8');
        allowed.add(url);
        window = new BrowserWindow({
          show: false,
          webPreferences: {
            session: hardenedSession(),
            sandbox: true,
            contextIsolation: true,
            nodeIntegration: false,
            javascript: false,
            webSecurity: true,
            webviewTag: false,
            spellcheck: false,
          },
        });
        await window.loadURL(url);
        const margins = pdfPrintOptions.marginsMm;
        const pdf = await window.webContents.printToPDF({
          pageSize: paper,
          printBackground: pdfPrintOptions.printBackground,
          preferCSSPageSize: pdfPrintOptions.preferCSSPageSize,
          displayHeaderFooter: pdfPrintOptions.displayHeaderFooter,
          headerTemplate,
          footerTemplate,
          margins: {
            top: inches(margins.top),
            right: inches(margins.right),
            bottom: inches(margins.bottom),
            left: inches(margins.left),
          },
        });
        return new Uint8Array(pdf);
      } finally {
        allowed.delete(url);
        if (window && !window.isDestroyed()) window.destroy();
        await rm(folder, { recursive: true, force: true });
      }
    },
  };
}
