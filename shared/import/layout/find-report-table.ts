// Grid → ReportTable: finds the header row (not assumed to be row 1) and sorts every other row
// into title, blank, section, customer group, total, repeated header, footer or data.
import { cellText } from '../cells/cell-text';
import { headerKey, normaliseHeader } from '../interpret/field-synonyms';
import { type Cell, type Grid, ImportFileError, type LayoutSkip, type ReportTable, type TableRow, type TotalRow } from '../model';
import { headerLikeness, isDateLike, isFooterLine, isSectionLabel, isTotalLabel, totalSubject } from './row-patterns';

/** How far down a header row is looked for: report titles take a handful of rows, never dozens. */
const headerSearchRows = 60;

/**
 * `extraHeaderNames` lets presets add the headers they know (any form; compared by headerKey)
 * to the generic synonyms that score candidate header rows.
 */
export function findReportTable(grid: Grid, extraHeaderNames: Iterable<string> = []): ReportTable {
  const rows = grid.rows;
  const headerIndex = findHeaderIndex(rows, new Set([...extraHeaderNames].map(headerKey)));
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const headerCells = rows[headerIndex]!;
  const headers = Array.from({ length: width }, (_, i) => cellText(headerCells[i]));

  const titleLines: string[] = [];
  const layoutSkips: LayoutSkip[] = [];
  for (let i = 0; i < headerIndex; i++) {
    const words = rows[i]!.map(cellText).filter((t) => t !== '');
    if (words.length === 0) layoutSkips.push({ rowNumber: i + 1, kind: 'blank' });
    else {
      titleLines.push(words.join(' '));
      layoutSkips.push({ rowNumber: i + 1, kind: 'title' });
    }
  }

  const body = classifyBody(rows, headerIndex, headers);
  if (body.rows.length === 0) {
    throw new ImportFileError('The file has column headings but no rows of data under them.', 'no-rows');
  }
  return {
    headers,
    headerRowNumber: headerIndex + 1,
    rows: body.rows,
    totals: body.totals,
    layoutSkips: [...layoutSkips, ...body.skips].sort((a, b) => a.rowNumber - b.rowNumber),
    titleLines,
  };
}

function findHeaderIndex(rows: Cell[][], extraKeys: ReadonlySet<string>): number {
  const limit = Math.min(rows.length, headerSearchRows);
  let best = -1;
  let bestKnown = 0;
  let widest = 0;
  const candidates: { index: number; words: number }[] = [];
  for (let i = 0; i < limit; i++) {
    const likeness = headerLikeness(rows[i]!, extraKeys);
    widest = Math.max(widest, likeness.words + likeness.values);
    if (likeness.words < 2 || likeness.values > 0) continue;
    candidates.push({ index: i, words: likeness.words });
    if (likeness.known > bestKnown) {
      best = i;
      bestKnown = likeness.known;
    }
  }
  if (best >= 0 && bestKnown >= 2) return best;
  // No known header names: the first row of words about as wide as the table.
  const wide = candidates.find((c) => c.words >= Math.max(2, Math.ceil(widest * 0.6)));
  if (wide) return wide.index;
  throw new ImportFileError('No row in this file looks like column headings, so its columns cannot be read.', 'no-columns');
}

type RowKind = 'blank' | 'repeated-header' | 'total' | 'label' | 'data';

function kindOf(cells: Cell[], headerKeys: string[], headerFilled: number, keyOf: (text: string) => string): RowKind {
  const texts = cells.map(cellText);
  const filled: number[] = [];
  texts.forEach((text, i) => {
    if (text !== '') filled.push(i);
  });
  if (filled.length === 0) return 'blank';
  if (filled.length === headerFilled && filled.every((i) => keyOf(texts[i]!) === headerKeys[i])) return 'repeated-header';
  const first = texts[filled[0]!]!;
  if (typeof cells[filled[0]!] === 'string' && isTotalLabel(first) && !filled.slice(1).some((i) => isDateLike(cells[i]))) return 'total';
  if (filled.length === 1 && typeof cells[filled[0]!] === 'string') return 'label';
  return 'data';
}

interface Body {
  rows: TableRow[];
  totals: TotalRow[];
  skips: LayoutSkip[];
}

/** "Acme Ltd" then "Acme Ltd:Kitchen" (or "Kitchen" one column over) is the group "Acme Ltd:Kitchen". */
function groupName(stack: string[]): string | undefined {
  return stack.reduce<string | undefined>(
    (acc, cur) => (acc === undefined ? cur : cur.startsWith(`${acc}:`) ? cur : `${acc}:${cur}`),
    undefined,
  );
}

function classifyBody(rows: Cell[][], headerIndex: number, headers: string[]): Body {
  const headerKeys = headers.map(headerKey);
  const headerFilled = headerKeys.filter((key) => key !== '').length;
  // Most data rows fill as many cells as the header, so each is checked for being the header again
  // by its first cell's key: worked out once per distinct text (dates, "Invoice"…), not per row.
  const keys = new Map<string, string>();
  const keyOf = (text: string) => {
    let key = keys.get(text);
    if (key === undefined) {
      key = headerKey(text);
      keys.set(text, key);
    }
    return key;
  };
  const kinds = rows.map((cells, i) => (i <= headerIndex ? 'blank' : kindOf(cells, headerKeys, headerFilled, keyOf)));
  const totalSubjects = new Set<string>();
  kinds.forEach((kind, i) => {
    if (kind === 'total') totalSubjects.add(normaliseHeader(totalSubject(cellText(rows[i]!.find((c) => cellText(c) !== '')))));
  });

  const body: Body = { rows: [], totals: [], skips: [] };
  const stack: string[] = [];
  const labels = new Set<string>();
  let section: string | undefined;
  const loneLabels = new Set<number>();
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const cells = rows[i]!;
    const rowNumber = i + 1;
    const kind = kinds[i]!;
    if (kind === 'blank' || kind === 'repeated-header') {
      body.skips.push({ rowNumber, kind });
    } else if (kind === 'total') {
      const label = cellText(cells.find((c) => cellText(c) !== ''));
      const subject = normaliseHeader(totalSubject(label));
      const at = stack.findIndex(
        (g, j) => normaliseHeader(g) === subject || normaliseHeader(groupName(stack.slice(0, j + 1)) ?? '') === subject,
      );
      if (at >= 0) stack.length = at;
      if (section !== undefined && normaliseHeader(section) === subject) section = undefined;
      body.totals.push({ rowNumber, label, grand: false, cells });
      body.skips.push({ rowNumber, kind: 'total' });
    } else if (kind === 'label') {
      const column = cells.findIndex((c) => cellText(c) !== '');
      const text = cellText(cells[column]);
      const labelColumn = headers[column] === '' || totalSubjects.has(normaliseHeader(text));
      if (isFooterLine(text)) {
        body.skips.push({ rowNumber, kind: 'footer' });
      } else if (isSectionLabel(text)) {
        section = text;
        stack.length = 0;
        labels.add(normaliseHeader(text));
        body.skips.push({ rowNumber, kind: 'section' });
      } else if (labelColumn) {
        // A name alone in the label column starts a customer group (QuickBooks Desktop, Xero detail).
        const depth = stack.length > 0 && column > 0 ? Math.min(stack.length, column) : 0;
        stack.length = depth;
        stack.push(text);
        labels.add(normaliseHeader(text));
        body.skips.push({ rowNumber, kind: 'group' });
      } else {
        loneLabels.add(rowNumber);
        pushData(body, rowNumber, cells, groupName(stack), section);
      }
    } else {
      pushData(body, rowNumber, cells, groupName(stack), section);
    }
  }
  // A lone line after the last total ("End of Report", a page note) is the footer, not a row.
  const lastTotal = body.totals[body.totals.length - 1]?.rowNumber ?? Infinity;
  while (
    body.rows.length > 0 &&
    loneLabels.has(body.rows[body.rows.length - 1]!.rowNumber) &&
    body.rows[body.rows.length - 1]!.rowNumber > lastTotal
  ) {
    body.skips.push({ rowNumber: body.rows.pop()!.rowNumber, kind: 'footer' });
  }
  const lastData = body.rows[body.rows.length - 1]?.rowNumber ?? -1;
  markGrandTotal(body.totals, lastData, labels);
  markFooter(body, rows, lastData);
  return body;
}

function pushData(body: Body, rowNumber: number, cells: Cell[], group: string | undefined, section: string | undefined): void {
  const row: TableRow = { rowNumber, cells };
  if (group !== undefined) row.group = group;
  if (section !== undefined) row.section = section;
  body.rows.push(row);
}

/**
 * The whole-report total is the last total row after the last data row that names no group or
 * section ("TOTAL", "Total", "Grand total", or a name the report never grouped by).
 */
function markGrandTotal(totals: TotalRow[], lastDataRow: number, labels: Set<string>): void {
  for (let i = totals.length - 1; i >= 0; i--) {
    const total = totals[i]!;
    if (total.rowNumber < lastDataRow) return;
    const subject = normaliseHeader(totalSubject(total.label));
    if (subject === '' || !labels.has(subject)) {
      total.grand = true;
      return;
    }
  }
}

/** Label rows after the last data row and the grand total are the report's footer, whatever they say. */
function markFooter(body: Body, rows: Cell[][], lastDataRow: number): void {
  const grandRow = body.totals.find((t) => t.grand)?.rowNumber ?? lastDataRow;
  for (const skip of body.skips) {
    if (skip.rowNumber > Math.max(grandRow, lastDataRow) && (skip.kind === 'group' || skip.kind === 'section')) {
      const filled = rows[skip.rowNumber - 1]!.filter((c) => cellText(c) !== '').length;
      if (filled === 1) skip.kind = 'footer';
    }
  }
}
