// Documents on the invoice table: each invoice row takes dropped files (attached to that
// invoice) and has a paperclip button that opens a row below it with the invoice's documents.
import type { ReactNode } from 'react';
import type { Invoice } from '../../shared/invoices/schema';
import { Button } from '../ui/Button';
import { DocumentList } from './DocumentList';
import { PaperclipIcon } from './document-icons';
import { useDocumentsContext } from './documents-context';
import { useFileDrop } from './use-file-drop';
import './documents.css';
import { plural } from '../../shared/wording/plural';

const panelId = (invoiceId: string) => `invoice-documents-${invoiceId}`;

/** The paperclip and count in an invoice's row; toggles the invoice's documents. */
export function InvoiceDocumentsToggle({ invoice }: { invoice: Invoice }) {
  const context = useDocumentsContext();
  if (!context) return null;
  const count = context.documentsOfInvoice(invoice.id).length;
  const expanded = context.isInvoiceExpanded(invoice.id);
  return (
    <button
      type="button"
      className={`link invoice-documents-toggle${count === 0 ? ' is-empty' : ''}`}
      aria-expanded={expanded}
      aria-controls={expanded ? panelId(invoice.id) : undefined}
      aria-label={`${plural(count, 'document')} for invoice ${invoice.number}`}
      title={`Documents for invoice ${invoice.number}`}
      onClick={() => context.toggleInvoice(invoice.id)}
    >
      <PaperclipIcon />
      {count}
    </button>
  );
}

interface RowProps {
  invoice: Invoice;
  /** How many cells a row of the table has, for the documents row under it. */
  columnCount: number;
  children: ReactNode;
}

/** An invoice's <tr> that takes dropped files, followed (when open) by its documents row. */
export function InvoiceRowWithDocuments({ invoice, columnCount, children }: RowProps) {
  const context = useDocumentsContext();
  const { isOver, dropProps } = useFileDrop<HTMLTableRowElement>((files) => context?.attachFiles(files, invoice.id));
  if (!context) return <tr>{children}</tr>;
  const documents = context.documentsOfInvoice(invoice.id);
  return (
    <>
      <tr className={isOver ? 'is-drop-target' : undefined} {...dropProps}>
        {children}
      </tr>
      {context.isInvoiceExpanded(invoice.id) && (
        <tr className="invoice-documents-row" id={panelId(invoice.id)}>
          <td colSpan={columnCount}>
            <div className="invoice-documents">
              {documents.length === 0 ? (
                <p className="muted">No documents for invoice {invoice.number} yet. Drop files on its row, or attach them here.</p>
              ) : (
                <DocumentList documents={documents} label={`Documents for invoice ${invoice.number}`} showInvoice={false} />
              )}
              <Button variant="link" onClick={() => context.chooseFiles(invoice.id)}>
                Attach files to invoice {invoice.number}…
              </Button>
            </div>
          </td>
        </tr>
      )}
    </>
  );
}
