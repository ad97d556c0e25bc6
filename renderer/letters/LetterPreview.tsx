// The letter as it will print, on a sheet: the letterhead, the address and date, the text with
// the account's values marked (and any gap shown in brackets), the open invoices with one total
// per currency, and the signature.
import type { LetterDraft } from '../../shared/letters/compose-letter';
import { FilledWords } from '../email/EmailPreview';
import './letters.css';

export function LetterPreview({ draft, label = 'Preview' }: { draft: LetterDraft; label?: string }) {
  const { layout, preview } = draft;
  const { sender } = layout;
  const several = layout.totals.length > 1;
  return (
    <section className="letter-preview" aria-label={label}>
      <div className="letter-preview__head">
        <strong className="letter-preview__company">{sender.name || '[your company’s name]'}</strong>
        <span className="muted small">
          {[...sender.addressLines, sender.phone ? `Tel. ${sender.phone}` : ''].filter(Boolean).join(' · ') || '[your company’s address]'}
        </span>
      </div>
      <div className="letter-preview__parties">
        <address>
          {layout.recipientLines.map((line, i) => (
            <div key={i}>{line}</div>
          ))}
        </address>
        <div className="letter-preview__date">
          <div>{layout.dateText}</div>
          {layout.accountNumber && <div>Account {layout.accountNumber}</div>}
        </div>
      </div>
      <p className="letter-preview__subject">
        <FilledWords text={preview.subject} />
      </p>
      <p>{layout.salutation}</p>
      <div className="letter-preview__text">
        <FilledWords text={preview.opening} />
      </div>
      {layout.invoices.length === 0 ? (
        <p className="muted">There are no open invoices on the account.</p>
      ) : (
        <table className="letter-preview__invoices">
          <caption className="visually-hidden">Open invoices</caption>
          <thead>
            <tr>
              <th scope="col">Invoice</th>
              <th scope="col">Issued</th>
              <th scope="col">Due</th>
              <th scope="col" className="num">
                Days past due
              </th>
              <th scope="col" className="num">
                Amount
              </th>
              <th scope="col" className="num">
                Balance
              </th>
            </tr>
          </thead>
          <tbody>
            {layout.invoices.map((i, index) => (
              <tr key={`${index}-${i.number}`}>
                <th scope="row">{i.number}</th>
                <td>{i.issued}</td>
                <td>{i.due}</td>
                <td className="num">{i.daysPastDue > 0 ? i.daysPastDue : 'Not yet due'}</td>
                <td className="num">{i.amount}</td>
                <td className="num">{i.balance}</td>
              </tr>
            ))}
            {layout.totals.map((t) => (
              <tr key={t.currency} className="letter-preview__total">
                <th scope="row" colSpan={5}>
                  {several ? `Total open in ${t.currency}` : 'Total open'}
                </th>
                <td className="num">{t.balance}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="letter-preview__text">
        <FilledWords text={preview.closing} />
      </div>
      <p className="letter-preview__signoff">{draft.template.signOff}</p>
      <div className="letter-preview__text">
        <FilledWords text={preview.signature} />
      </div>
    </section>
  );
}
