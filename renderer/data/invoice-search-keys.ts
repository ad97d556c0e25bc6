// Every invoice row carries the keys its customer is found by under the invoice's number
// (`customerSearchKeys`, see shared/search/search-keys.ts), set here on each write rather than by
// each writer: an invoice typed in, imported, restored from a backup or put back by an undo is
// always findable by its number, and a number or owner changed in an edit never leaves old keys.
import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { invoiceSearchKeys } from '../../shared/search/search-keys';

export const invoicesTable = 'invoices';

/** The stored form of an invoice: what the search index needs beside the invoice itself. */
export interface InvoiceIndexFields {
  customerSearchKeys?: string[];
}

/** The row with its search keys worked out from its number and customer (a new object; the caller's is left as it was). */
export function withInvoiceSearchKeys<T extends { number: string; customerId: string }>(invoice: T): T & InvoiceIndexFields {
  return { ...invoice, customerSearchKeys: invoiceSearchKeys(invoice) };
}

function isInvoiceLike(value: unknown): value is { number: string; customerId: string } {
  const row = value as { number?: unknown; customerId?: unknown } | null;
  return typeof row === 'object' && row !== null && typeof row.number === 'string' && typeof row.customerId === 'string';
}

export const invoiceSearchKeysMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'invoice-search-keys',
  create(down) {
    return {
      ...down,
      table(name): DBCoreTable {
        const table = down.table(name);
        if (name !== invoicesTable) return table;
        return {
          ...table,
          mutate: (req) =>
            req.type === 'add' || req.type === 'put'
              ? table.mutate({ ...req, values: req.values.map((value) => (isInvoiceLike(value) ? withInvoiceSearchKeys(value) : value)) })
              : table.mutate(req),
        };
      },
    };
  },
};
