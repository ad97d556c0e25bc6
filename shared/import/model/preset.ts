// A named layout recognised by its headers.
import type { BooksSource, DateOrder, ImportContent, ImportField } from './mapping';

export interface ImportPreset {
  id: string;
  /** "QuickBooks Online — A/R Aging Detail" */
  name: string;
  source: BooksSource;
  content: ImportContent;
  /** Header names (normalised: lower case, single spaces) that must all be present. */
  requiredHeaders: string[];
  /** Headers that make the match more certain (each adds to the score). */
  optionalHeaders?: string[];
  /** Field → the header that holds it (normalised like requiredHeaders; the first present wins). */
  columns: Partial<Record<ImportField, string[]>>;
  /** Aging and open-invoice reports list every open item: invoices missing next time were closed. */
  fullListByDefault: boolean;
  dateOrder?: DateOrder;
  groupInvoiceLines?: boolean;
  customerFromGroup?: boolean;
}
