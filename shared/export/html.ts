// Small helpers for building print documents as strings. Every value that came from a user or
// a record goes through escapeHtml: the documents are rendered by Chromium, and a customer
// named "<script>" must print as text, never run or break the layout.

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an element or a quoted attribute; null and undefined print as nothing. */
export function escapeHtml(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"']/g, (ch) => entities[ch] ?? ch);
}

/** The placeholder a document prints for a value that is not known, so no cell looks broken. */
export const missing = '<span class="muted">—</span>';

/** Escaped text, or the dash when it is empty. */
export function textOrDash(value: string | null | undefined): string {
  return value && value.trim() !== '' ? escapeHtml(value) : missing;
}

export interface Column {
  /** Already-escaped header HTML. */
  header: string;
  /** 'num' right-aligns with tabular figures (amounts, days). */
  className?: string;
  /** A share of the table width, e.g. '24%', for columns whose text would otherwise wrap badly. */
  width?: string;
}

/** The column header row; <thead> repeats on every printed page a table spans. */
export function tableHead(columns: readonly Column[]): string {
  const cells = columns
    .map((c) => `<th${c.className ? ` class="${c.className}"` : ''}${c.width ? ` style="width:${c.width}"` : ''}>${c.header}</th>`)
    .join('');
  return `<thead><tr>${cells}</tr></thead>`;
}

/** One row of already-built cell HTML, with each column's class. */
export function tableRow(columns: readonly Column[], cells: readonly string[], rowClass?: string): string {
  const tds = cells.map((cell, i) => {
    const cls = columns[i]?.className;
    return `<td${cls ? ` class="${cls}"` : ''}>${cell}</td>`;
  });
  return `<tr${rowClass ? ` class="${rowClass}"` : ''}>${tds.join('')}</tr>`;
}

/** A whole data table; `foot` is a totals row printed once at the end. */
export function dataTable(opts: {
  columns: readonly Column[];
  rows: readonly (readonly string[])[];
  foot?: readonly string[];
  className?: string;
}): string {
  const body = opts.rows.map((cells) => tableRow(opts.columns, cells)).join('');
  // The totals row sits in the body, not <tfoot>: Chromium repeats a tfoot on every page.
  const foot = opts.foot ? tableRow(opts.columns, opts.foot, 'totals') : '';
  return `<table class="data${opts.className ? ` ${opts.className}` : ''}">${tableHead(opts.columns)}<tbody>${body}${foot}</tbody></table>`;
}

/** A section with its heading; `lead` is a short escaped summary line under the heading. */
export function section(id: string, title: string, content: string, lead?: string): string {
  const leadHtml = lead ? `<p class="lead">${lead}</p>` : '';
  return `<section class="doc-section" id="${escapeHtml(id)}"><h2>${escapeHtml(title)}</h2>${leadHtml}${content}</section>`;
}

/** The message a section prints when it has no records, so an empty section reads as checked. */
export function emptyNote(text: string): string {
  return `<p class="empty">${escapeHtml(text)}</p>`;
}
