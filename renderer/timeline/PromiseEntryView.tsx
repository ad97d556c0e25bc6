// A promise on the customer's timeline: what was promised, its outcome, and for a plan where
// each instalment stands (paid, partly paid, due, overdue or missed).
import type { ReactNode } from 'react';
import type { PromiseProgress } from '../../shared/promises/lifecycle';
import { instalmentLine, promiseTermsText } from '../../shared/promises/plan-wording';
import { promiseMethodLabels, type PaymentPromise } from '../../shared/promises/schema';
import type { Settings } from '../../shared/settings/schema';
import { instalmentStateText, outcomeText, progressSummary, promiseStatusText, promiseStatusTone } from '../promises/promise-wording';
import '../promises/promises.css';

interface Props {
  promise: PaymentPromise;
  progress: PromiseProgress | undefined;
  at: string;
  when: string;
  settings: Settings;
  contactName: string | undefined;
  invoiceNumbers: string;
  /** What can be done with the promise (e.g. email the confirmation). */
  actions?: ReactNode;
}

export function PromiseEntryView({ promise: p, progress, at, when, settings, contactName, invoiceNumbers, actions }: Props) {
  const { locale } = settings;
  const count = p.instalments.length;
  // The instalment to look at: the first not paid (before payments are read, the first).
  const next = progress ? (progress.next?.index ?? null) : 0;
  const outcome = progress ? outcomeText(p.status, progress, p.amountMinor, p.currency, locale) : null;
  const received =
    progress && p.status === 'open' && p.instalments.length === 0 ? progressSummary(progress, p.amountMinor, p.currency, locale) : null;
  return (
    <li className="timeline-entry promise" aria-label={`Promise to pay, ${when}`}>
      <div className="entry-head">
        <span className="entry-kind">Promise to pay</span>
        <time dateTime={at}>{when}</time>
        <span className={`badge ${promiseStatusTone[p.status]}`}>{promiseStatusText[p.status]}</span>
      </div>
      <p>
        {promiseTermsText(p, next, { locale })}, {promiseMethodLabels[p.method].toLowerCase()}
        {p.invoiceIds.length > 0 && ` · for ${invoiceNumbers}`}
        {contactName && ` · promised by ${contactName}`}
      </p>
      {(outcome ?? received) && <p className="promise-outcome">{outcome ?? received}</p>}
      {actions && <div className="entry-actions">{actions}</div>}
      {p.instalments.length > 0 && (
        <ol className="instalments" aria-label="Instalments">
          {p.instalments.map((i, n) => {
            const state = progress?.instalments.find((s) => s.dueDate === i.dueDate);
            return (
              <li key={n}>
                {instalmentLine(i, n, count, p.currency, { locale })}
                {state && <span className={`instalment-state ${state.state}`}> — {instalmentStateText(state, p.currency, locale)}</span>}
              </li>
            );
          })}
        </ol>
      )}
    </li>
  );
}
