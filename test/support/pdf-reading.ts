// Reads the PDFs the app writes, for the tests, with pdf.js (already a dependency: the document
// viewer uses it), so the checks run on any developer's machine without poppler installed.
import { readFile } from 'node:fs/promises';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

async function openPdf(file: string | Uint8Array): Promise<PDFDocumentProxy> {
  const data = typeof file === 'string' ? new Uint8Array(await readFile(file)) : new Uint8Array(file);
  return getDocument({ data, useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
}

/**
 * The text of every page, in reading order: a line break where pdf.js sees one, and a space
 * between runs on the same line that stand apart (a PDF often places words separately rather
 * than with space characters).
 */
export async function pdfText(file: string | Uint8Array): Promise<string> {
  const pdf = await openPdf(file);
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const content = await (await pdf.getPage(number)).getTextContent();
      let text = '';
      let lastEnd: number | null = null;
      let lastY: number | null = null;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [, , , , x, y] = item.transform as number[];
        const sameLine = lastY !== null && Math.abs((y ?? 0) - lastY) < 1;
        const gap = sameLine && lastEnd !== null ? (x ?? 0) - lastEnd : 0;
        if (text && !text.endsWith('\n') && !text.endsWith(' ') && !item.str.startsWith(' ') && (!sameLine || gap > 0.5))
          text += sameLine ? ' ' : '\n';
        text += item.str;
        if (item.hasEOL) text += '\n';
        lastEnd = (x ?? 0) + item.width;
        lastY = y ?? 0;
      }
      pages.push(text);
    }
    return pages.join('\n\f');
  } finally {
    await pdf.destroy();
  }
}

/** How many pages the PDF has. */
export async function pdfPageCount(file: string | Uint8Array): Promise<number> {
  const pdf = await openPdf(file);
  try {
    return pdf.numPages;
  } finally {
    await pdf.destroy();
  }
}

/** Opens every page and reads its drawing operations: a page that cannot be drawn throws. */
export async function drawEveryPage(file: string | Uint8Array): Promise<number> {
  const pdf = await openPdf(file);
  try {
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const operators = await (await pdf.getPage(number)).getOperatorList();
      if (operators.fnArray.length === 0) throw new Error(`Page ${number} draws nothing.`);
    }
    return pdf.numPages;
  } finally {
    await pdf.destroy();
  }
}
