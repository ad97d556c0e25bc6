// The customer file's documents to send: the statement for the customer, the packet for the
// agency (and, passed in, placing the account). Each export reports right under the buttons.
import type { ReactNode } from 'react';
import { PdfExportNotice } from './PdfExportNotice';
import { usePdfExport } from './use-pdf-export';
import './export.css';

interface Props {
  customerId: string;
  /** Further account actions shown in the same row (placing with an agency). */
  children?: ReactNode;
}

export function AccountExportActions({ customerId, children }: Props) {
  const { state, start, dismiss } = usePdfExport(customerId);
  const busy = state.status === 'working';
  return (
    <>
      <div className="account-actions" role="group" aria-label="Statements and agency">
        <button type="button" onClick={() => void start('statement')} disabled={busy}>
          Statement PDF…
        </button>
        <button type="button" onClick={() => void start('agency-packet')} disabled={busy}>
          Export for agency…
        </button>
        {children}
      </div>
      <PdfExportNotice state={state} onDismiss={dismiss} />
    </>
  );
}
