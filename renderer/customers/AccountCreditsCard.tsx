// Credits the books show on the account (credit notes, payments not yet applied): money the
// customer has in hand with us. Listed apart from invoices and never aged.
import { formatCalendarDate } from '../../shared/dates/calendar';
import { accountCreditKindLabels, type AccountCredit } from '../../shared/import/books-identity-schema';
import { formatMoney } from '../../shared/money/money';

export function AccountCreditsCard({ credits, locale }: { credits: readonly AccountCredit[]; locale: string }) {
  if (credits.length === 0) return null;
  const totals = new Map<string, number>();
  for (const credit of credits) totals.set(credit.currency, (totals.get(credit.currency) ?? 0) + credit.amountMinor);
  return (
    <section className="card" aria-labelledby="credits-heading">
      <div className="card-header">
        <h2 id="credits-heading">Credits on account</h2>
        <span className="muted">{[...totals].map(([currency, minor]) => formatMoney(minor, currency, locale)).join(' · ')}</span>
      </div>
      <table className="data" aria-label="Credits on account">
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Reference</th>
            <th scope="col">Date</th>
            <th scope="col" className="num">
              Amount
            </th>
          </tr>
        </thead>
        <tbody>
          {credits.map((credit, i) => (
            <tr key={`${credit.source}-${credit.reference}-${i}`}>
              <td>{accountCreditKindLabels[credit.kind]}</td>
              <td>{credit.reference || '—'}</td>
              <td>{credit.date ? formatCalendarDate(credit.date, locale) : '—'}</td>
              <td className="num">{formatMoney(credit.amountMinor, credit.currency, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">From the books: not invoices, so they are not aged or called about.</p>
    </section>
  );
}
