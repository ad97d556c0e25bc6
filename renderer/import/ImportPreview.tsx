// What the import would change, before anything is stored: counts and lists per kind of change,
// the file's own total checked against the rows, and contact details that differ.
import { useEffect, useRef } from 'react';
import { formatCalendarDate } from '../../shared/dates/calendar';
import { formatMoney } from '../../shared/money/money';
import { promiseStatusText } from '../promises/promise-wording';
import { ContactDifferences } from './ContactDifferences';
import type { PlanPreview } from './import-worker-protocol';
import { PreviewList } from './PreviewList';
import { TotalChecks } from './TotalChecks';

interface Props {
  plan: PlanPreview;
  locale: string;
  takeFromFile: ReadonlySet<string>;
  onTakeFromFile(id: string, take: boolean): void;
}

export function ImportPreview({ plan, locale, takeFromFile, onTakeFromFile }: Props) {
  const money = (minor: number, currency: string) => formatMoney(minor, currency, locale);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="card import-preview" aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading" ref={headingRef} tabIndex={-1}>
        Preview
      </h2>
      <p className="muted">Nothing has been saved yet.</p>
      <TotalChecks checks={plan.totalChecks} locale={locale} />
      <PreviewList
        title="New customers"
        count={plan.counts.newCustomers}
        items={plan.newCustomers}
        itemKey={(c) => c.id}
        render={(c) => (
          <>
            {c.book.name}
            {c.book.accountNumber && <span className="muted"> · {c.book.accountNumber}</span>}
          </>
        )}
      />
      <PreviewList
        title="New invoices"
        count={plan.counts.newInvoices}
        items={plan.newInvoices}
        itemKey={(i) => i.id}
        render={(i) => (
          <>
            <span className="invoice-number">{i.book.number}</span> · {i.customerName} · {money(i.book.balanceMinor, i.book.currency)} open,
            due {formatCalendarDate(i.book.dueDate, locale)}
          </>
        )}
      />
      <PreviewList
        title="Balances changed"
        count={plan.counts.changedInvoices}
        items={plan.changedInvoices}
        itemKey={(c) => c.invoiceId}
        render={(c) => (
          <>
            <span className="invoice-number">{c.number}</span> · {c.customerName} · {money(c.before.balanceMinor, c.currency)} →{' '}
            {money(c.after.balanceMinor, c.currency)}
            {c.impliedPaymentMinor > 0 && <strong> · payment of {money(c.impliedPaymentMinor, c.currency)} seen in the books</strong>}
          </>
        )}
      />
      <PreviewList
        title="Promises these payments count toward"
        count={plan.counts.promisesPaid}
        items={plan.promiseEffects}
        itemKey={(e) => e.promiseId}
        render={(e) => (
          <>
            {e.customerName} · promise of {money(e.amountMinor, e.currency)} due {formatCalendarDate(e.dueDate, locale)} ·{' '}
            {money(e.before.paidMinor, e.currency)} → {money(e.after.paidMinor, e.currency)} paid
            <strong>
              {' '}
              · {promiseStatusText[e.before.status]} → {promiseStatusText[e.after.status]}
            </strong>
          </>
        )}
      />
      <PreviewList
        title="Paid or closed in the books (no longer in the file)"
        count={plan.counts.closedInvoices}
        items={plan.closedInvoices}
        itemKey={(c) => c.invoiceId}
        render={(c) => (
          <>
            <span className="invoice-number">{c.number}</span> · {c.customerName} · {money(c.balanceMinor, c.currency)} was open
          </>
        )}
      />
      <PreviewList
        title="Open again in the books"
        count={plan.counts.reopenedInvoices}
        items={plan.reopenedInvoices}
        itemKey={(c) => c.invoiceId}
        render={(c) => (
          <>
            <span className="invoice-number">{c.number}</span> · {c.customerName} · {money(c.after.balanceMinor, c.currency)} open
          </>
        )}
      />
      <PreviewList
        title="Credits on accounts"
        count={plan.counts.credits}
        items={plan.credits}
        itemKey={(c, index) => `${c.customerId}-${c.credit.rowNumber}-${index}`}
        render={(c) => (
          <>
            {c.customerName} · {money(c.credit.amountMinor, c.credit.currency)}
            {c.credit.reference && <span className="muted"> · {c.credit.reference}</span>}
          </>
        )}
      />
      <PreviewList
        title="Rows skipped"
        tone="warning"
        count={plan.counts.skipped}
        items={plan.skipped}
        itemKey={(s) => String(s.rowNumber)}
        render={(s) => (
          <>
            Row {s.rowNumber}: {s.reason}
          </>
        )}
      />
      {plan.unchangedCount > 0 && (
        <p className="import-preview-unchanged">
          Unchanged: <strong>{plan.unchangedCount}</strong> {plan.unchangedCount === 1 ? 'invoice' : 'invoices'} already as the file has
          them.
        </p>
      )}
      <ContactDifferences differences={plan.contactDifferences} takeFromFile={takeFromFile} onChange={onTakeFromFile} />
    </section>
  );
}
