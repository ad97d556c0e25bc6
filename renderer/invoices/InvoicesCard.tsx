import { useState } from 'react';
import { daysPastDue } from '../../shared/aging/aging';
import { formatCalendarDate } from '../../shared/dates/calendar';
import type { Invoice } from '../../shared/invoices/schema';
import { formatMoney } from '../../shared/money/money';
import type { Settings } from '../../shared/settings/schema';
import type { CustomerRow } from '../data/db';
import { InvoiceDocumentsToggle, InvoiceRowWithDocuments } from '../documents/InvoiceDocuments';
import { KeepCodesWhole } from '../ui/KeepCodesWhole';
import { InvoiceFormDialog } from './InvoiceFormDialog';
import { plural } from '../../shared/wording/plural';

interface Props {
  customer: CustomerRow;
  invoices: Invoice[];
  today: string;
  settings: Settings;
}

function statusBadge(invoice: Invoice, days: number, locale: string) {
  if (invoice.status === 'void') return <span className="badge">Void</span>;
  if (invoice.status === 'closed-in-books') return <span className="badge">Closed in the books</span>;
  if (invoice.status === 'paid') return <span className="badge success">Paid</span>;
  if (days > 0) return <span className={`badge ${days > 60 ? 'danger' : 'warning'}`}>{plural(days, 'day', 'days', locale)} past due</span>;
  if (days === 0) return <span className="badge warning">Due today</span>;
  return <span className="badge">Due in {plural(-days, 'day', 'days', locale)}</span>;
}

export function InvoicesCard({ customer, invoices, today, settings }: Props) {
  const [editing, setEditing] = useState<Invoice | 'new' | null>(null);
  const [showClosed, setShowClosed] = useState(false);
  const sorted = [...invoices].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const open = sorted.filter((i) => i.status === 'open');
  const closed = sorted.filter((i) => i.status !== 'open');
  const shown = showClosed ? [...open, ...closed] : open;
  const date = (d: string) => formatCalendarDate(d, settings.locale);

  return (
    <section className="card" aria-labelledby="invoices-heading">
      <div className="card-header">
        <h2 id="invoices-heading">Invoices</h2>
        <div className="actions">
          {closed.length > 0 && (
            <button type="button" onClick={() => setShowClosed((v) => !v)} aria-pressed={showClosed}>
              {showClosed ? 'Hide' : 'Show'} paid and void
              {closed.some((i) => i.status === 'closed-in-books') ? ' and closed in the books' : ''} ({closed.length})
            </button>
          )}
          <button type="button" onClick={() => setEditing('new')}>
            Add invoice
          </button>
        </div>
      </div>
      {shown.length === 0 ? (
        <p className="empty">No open invoices.</p>
      ) : (
        <table className="data invoices-table" aria-label="Invoices">
          <thead>
            <tr>
              <th scope="col">Invoice</th>
              <th scope="col">Due</th>
              <th scope="col" className="num">
                Balance
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((invoice) => {
              const days = daysPastDue(invoice.dueDate, today);
              return (
                <InvoiceRowWithDocuments key={invoice.id} invoice={invoice} columnCount={4}>
                  <th scope="row">
                    <span className="invoice-number">{invoice.number}</span>
                    <div className="muted small invoice-description">
                      <KeepCodesWhole
                        text={[invoice.delivered, invoice.poNumber && `PO ${invoice.poNumber}`, invoice.terms].filter(Boolean).join(' · ')}
                      />
                    </div>
                  </th>
                  <td>
                    {date(invoice.dueDate)}
                    <div>{statusBadge(invoice, days, settings.locale)}</div>
                    <div className="muted small">Issued {date(invoice.issueDate)}</div>
                  </td>
                  <td className="num">
                    {formatMoney(invoice.balanceMinor, invoice.currency, settings.locale)}
                    {invoice.balanceMinor !== invoice.amountMinor && (
                      <div className="muted small">of {formatMoney(invoice.amountMinor, invoice.currency, settings.locale)}</div>
                    )}
                  </td>
                  <td className="invoice-actions">
                    <InvoiceDocumentsToggle invoice={invoice} />
                    {invoice.status !== 'closed-in-books' && (
                      <button
                        type="button"
                        className="link"
                        onClick={() => setEditing(invoice)}
                        aria-label={`Edit invoice ${invoice.number}`}
                      >
                        Edit
                      </button>
                    )}
                  </td>
                </InvoiceRowWithDocuments>
              );
            })}
          </tbody>
        </table>
      )}
      {editing && (
        <InvoiceFormDialog
          customerId={customer.id}
          invoice={editing === 'new' ? undefined : editing}
          defaultCurrency={settings.currency}
          defaultTerms={customer.defaultTerms}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
