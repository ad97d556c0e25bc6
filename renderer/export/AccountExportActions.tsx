// The customer file's documents to send: the statement for the customer, the packet for the
// agency (and, passed in, placing the account). Each export reports right under the buttons.
import { useId, type ReactNode } from 'react';
import { PdfExportNotice } from './PdfExportNotice';
import { usePdfExport } from './use-pdf-export';
import './export.css';

interface Props {
  customerId: string;
  /** Invoices on file: with none, neither document has anything to show, and the buttons say so. */
  invoiceCount: number;
  /** Further account actions shown in the same row (placing with an agency). */
  children?: ReactNode;
}

export const noInvoicesToExport = 'No invoices on file yet, so there is nothing to put in a statement or packet.';

export function AccountExportActions({ customerId, invoiceCount, children }: Props) {
  const { state, start, dismiss } = usePdfExport(customerId);
  const reasonId = useId();
  const empty = invoiceCount === 0;
  const busy = state.status === 'working' || empty;
  const describedBy = empty ? reasonId : undefined;
  return (
    <>
      <div className="account-actions" role="group" aria-label="Statements and agency">
        <button type="button" onClick={() => void start('statement')} disabled={busy} aria-describedby={describedBy}>
          Statement PDF…
        </button>
        <button type="button" onClick={() => void start('agency-packet')} disabled={busy} aria-describedby={describedBy}>
          Export for agency…
        </button>
        {children}
        {empty && (
          <span id={reasonId} className="muted">
            {noInvoicesToExport}
          </span>
        )}
      </div>
      <PdfExportNotice state={state} onDismiss={dismiss} />
    </>
  );
}
