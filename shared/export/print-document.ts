// The shell of a printed document and the header and footer Chromium prints on every page
// (printToPDF in Electron, page.pdf() in tests). Page numbers can only come from those
// templates: the document itself cannot know where the print engine breaks pages.
import type { Settings } from '../settings/schema';
import { escapeHtml } from './html';
import { printStyles } from './print-styles';

export type PaperSize = 'Letter' | 'A4';

// Where US Letter is the office paper; everywhere else prints on A4.
const letterCountries = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'PR', 'GT', 'CR', 'PA', 'DO', 'SV', 'NI', 'HN']);

export function paperSizeFor(settings: Pick<Settings, 'defaultCountry'>): PaperSize {
  return letterCountries.has(settings.defaultCountry) ? 'Letter' : 'A4';
}

/**
 * No scripts, no network: the document may only use its own inline styles and data: images.
 * A second guard behind escaping, so nothing in a record could ever reach out or run.
 */
const documentPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/** `styles` is a document's own stylesheet, added after the shared one (a letter's page is not a report's). */
export function printDocument(opts: { title: string; locale: string; paper: PaperSize; body: string; styles?: string }): string {
  const lang = escapeHtml(opts.locale.split(/[-_]/)[0] || 'en');
  return (
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${documentPolicy}">` +
    `<title>${escapeHtml(opts.title)}</title><style>${printStyles(opts.paper)}${opts.styles ?? ''}</style></head>` +
    `<body>${opts.body}</body></html>`
  );
}

export interface HeaderFooterTemplates {
  headerTemplate: string;
  footerTemplate: string;
}

// Header and footer templates are rendered apart from the page, with no stylesheet of their
// own and a default font size of zero: everything they need is inline. The side padding
// matches the page margins so their text lines up with the body.
const band =
  'width:100%;box-sizing:border-box;padding-left:15mm;padding-right:15mm;display:flex;justify-content:space-between;gap:12pt;' +
  "font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,'Liberation Sans',sans-serif;font-size:7.5pt;color:#5b6672;" +
  '-webkit-print-color-adjust:exact;';

export function printHeaderFooter(opts: { headerLeft: string; headerRight: string; footerLeft: string }): HeaderFooterTemplates {
  const span = (text: string, extra = '') =>
    `<span style="white-space:nowrap;overflow:hidden;text-overflow:ellipsis;${extra}">${escapeHtml(text)}</span>`;
  return {
    headerTemplate:
      `<div style="${band}padding-top:7mm;">` + `${span(opts.headerLeft, 'font-weight:600;color:#1f3a5f;')}${span(opts.headerRight)}</div>`,
    footerTemplate:
      `<div style="${band}padding-bottom:6mm;align-items:flex-end;">${span(opts.footerLeft)}` +
      '<span style="white-space:nowrap;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>',
  };
}

/** The company's block at the top of page 1. `meta` lines are escaped here. */
export function masthead(companyName: string, documentTitle: string, meta: readonly string[]): string {
  const metaHtml = meta
    .filter((line) => line.trim() !== '')
    .map((line) => `<div>${escapeHtml(line)}</div>`)
    .join('');
  return (
    `<header class="masthead"><div><div class="company">${escapeHtml(companyName)}</div>` +
    `<div class="doc-title">${escapeHtml(documentTitle)}</div></div><div class="meta">${metaHtml}</div></header>`
  );
}
