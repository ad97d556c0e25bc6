// Reading the mapped fields of one table row, with sentences for what cannot be read.
import { parseAmountCell } from '../cells/amounts';
import { cellText, isCellError } from '../cells/cell-text';
import { parseDateCell } from '../cells/dates';
import type { CalendarDate } from '../../dates/calendar';
import type { Cell, ColumnMapping, DateOrder, ImportField, TableRow } from '../model';

export const fieldLabels: Partial<Record<ImportField, string>> = {
  amount: 'amount',
  openBalance: 'open balance',
  amountPaid: 'amount paid',
  lineAmount: 'line amount',
  invoiceDate: 'invoice date',
  dueDate: 'due date',
  currency: 'currency',
};

/** A field could not be read: the row is skipped with this sentence. */
export class RowProblem extends Error {
  constructor(
    readonly rowNumber: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export class RowFields {
  constructor(
    readonly row: TableRow,
    private readonly mapping: ColumnMapping,
  ) {}

  cell(field: ImportField): Cell | undefined {
    const column = this.mapping[field];
    return column === undefined ? undefined : this.row.cells[column];
  }

  text(field: ImportField): string {
    return cellText(this.cell(field));
  }

  /** Minor units (null when the cell is blank or unmapped) and the currency the cell names, if any. */
  amount(field: ImportField, currencyHint: string): { minor: number; currency?: string } | null {
    const parsed = parseAmountCell(this.cell(field), currencyHint);
    if (isCellError(parsed)) throw new RowProblem(this.row.rowNumber, `The ${fieldLabels[field] ?? field} ${parsed.error}`);
    return parsed;
  }

  date(field: ImportField, order: DateOrder | undefined): CalendarDate | null {
    const parsed = parseDateCell(this.cell(field), order);
    if (isCellError(parsed)) throw new RowProblem(this.row.rowNumber, `The ${fieldLabels[field] ?? field} ${parsed.error}`);
    return parsed;
  }

  /** The currency column's ISO code, null when there is none or it is blank. */
  currency(): string | null {
    const text = this.text('currency').toUpperCase();
    if (text === '') return null;
    if (!/^[A-Z]{3}$/.test(text))
      throw new RowProblem(this.row.rowNumber, `The currency “${this.text('currency')}” is not a three-letter currency code.`);
    return text;
  }
}

/** The row's kind by its transaction type; an empty type is an invoice. */
export type TransactionKind = 'invoice' | 'credit-memo' | 'payment' | 'journal' | 'other';

// A file has a handful of distinct types over any number of rows: each is worked out once.
const kindCache = new Map<string, TransactionKind>();
const sageKinds: Record<string, TransactionKind> = { si: 'invoice', sc: 'credit-memo', sa: 'payment', sr: 'payment' };

export function transactionKindOf(type: string): TransactionKind {
  let kind = kindCache.get(type);
  if (kind === undefined) {
    kind = kindOfType(type.toLowerCase().replace(/\s+/g, ' ').trim());
    if (kindCache.size < 1000) kindCache.set(type, kind);
  }
  return kind;
}

function kindOfType(t: string): TransactionKind {
  if (t === '') return 'invoice';
  // Sage's two-letter codes: sales invoice, sales credit, payment on account, receipt.
  if (sageKinds[t]) return sageKinds[t];
  if (/credit (memo|note)|^cn$|^crn$|^credit$|accreccredit|^sales credit/.test(t)) return 'credit-memo';
  if (/sales receipt|refund|estimate|quote|sales order|deposit|delayed charge|delayed credit/.test(t)) return 'other';
  if (/payment|^pmt$|^receipt$|^overpayment$|^prepayment$/.test(t)) return 'payment';
  if (/journal/.test(t)) return 'journal';
  if (/invoice|^inv$|^accrec$|^bill$|charge$|^debit( note)?$/.test(t)) return 'invoice';
  return 'other';
}
