// A PdfRenderer for unit tests: a real PDF (pdf-lib) with the requested number of pages, each
// carrying the document's <title>, and a record of every request.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { PdfRenderer, PdfRenderRequest } from '../../../../electron/services/export/pdf-renderer';

export interface FakePdfRenderer extends PdfRenderer {
  readonly requests: PdfRenderRequest[];
}

export function createFakePdfRenderer({ pages = 1 }: { pages?: number } = {}): FakePdfRenderer {
  const requests: PdfRenderRequest[] = [];
  return {
    requests,
    async render(request) {
      requests.push(request);
      const doc = await PDFDocument.create();
      const font = await doc.embedFont(StandardFonts.Helvetica);
      const title = /<title>([^<]*)<\/title>/.exec(request.html)?.[1] ?? 'Untitled';
      for (let i = 0; i < pages; i += 1) doc.addPage().drawText(title, { x: 50, y: 700, size: 12, font });
      return doc.save();
    },
  };
}
