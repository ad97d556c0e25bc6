import { memo } from 'react';
import { callResultLabels } from '../../shared/calls/schema';
import { formatCalendarDate } from '../../shared/dates/calendar';
import { disputeReasonLabels } from '../../shared/disputes/schema';
import { formatMoney } from '../../shared/money/money';
import { promiseMethodLabels } from '../../shared/promises/schema';
import { scriptById } from '../../shared/scripts';
import type { Settings } from '../../shared/settings/schema';
import type { TimelineEntry } from '../../shared/timeline/timeline';
import { routes } from '../app/router';

interface Lookup {
  contactName: Map<string, string>;
  invoiceNumber: Map<string, string>;
}

interface Props {
  entry: TimelineEntry;
  settings: Settings;
  lookup: Lookup;
  onCorrect(callId: string): void;
}

/** Problem paths are stored by id; show the titles the caller saw. */
function branchTitles(scriptId: string, ids: readonly string[]): string {
  const branches = scriptById(scriptId)?.branches ?? [];
  return ids.map((id) => branches.find((b) => b.id === id)?.title ?? id).join(', ');
}

function formatDuration(seconds: number | null): string {
  if (seconds === null) return '';
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? `${m} min ${s} s` : `${s} s`;
}

const promiseStatusText = { open: 'Open', kept: 'Kept', 'partially-kept': 'Partly kept', broken: 'Broken', cancelled: 'Cancelled' } as const;
const promiseStatusTone = { open: 'accent', kept: 'success', 'partially-kept': 'warning', broken: 'danger', cancelled: '' } as const;

export const TimelineEntryView = memo(function TimelineEntryView({ entry, settings, lookup, onCorrect }: Props) {
  const when = new Date(entry.at).toLocaleString(settings.locale, { dateStyle: 'medium', timeStyle: 'short' });
  const date = (d: string) => formatCalendarDate(d, settings.locale);
  const money = (minor: number, currency: string) => formatMoney(minor, currency, settings.locale);
  const invoices = (ids: readonly string[]) => ids.map((id) => lookup.invoiceNumber.get(id) ?? 'deleted invoice').join(', ');

  switch (entry.kind) {
    case 'call': {
      const { call, corrections } = entry;
      const who = call.contactId ? lookup.contactName.get(call.contactId) : null;
      return (
        <li className="timeline-entry call" aria-label={`Call, ${when}`}>
          <div className="entry-head">
            <span className="entry-kind">Call</span>
            <time dateTime={entry.at}>{when}</time>
            {call.status === 'open' ? (
              <span className="badge accent">In progress</span>
            ) : (
              call.result && <span className="badge">{callResultLabels[call.result]}</span>
            )}
            <a href={routes.call(call.customerId, call.id)} className="entry-link">
              {call.status === 'open' ? 'Resume call' : 'Open record'}
            </a>
            {call.status === 'closed' && (
              <button type="button" className="link" onClick={() => onCorrect(call.id)}>
                Add correction
              </button>
            )}
          </div>
          <p className="muted small">
            {who ? `With ${who}` : 'No contact named'}
            {call.phoneNumber ? ` · ${call.dialled ? 'dialled' : 'logged'} ${call.phoneNumber}` : ' · logged without dialling'}
            {call.durationSeconds !== null && ` · ${formatDuration(call.durationSeconds)}`}
            {call.stepsCovered.length > 0 && ` · ${call.stepsCovered.length} script steps covered`}
            {call.branchesTaken.length > 0 && ` · problem paths: ${branchTitles(call.scriptId, call.branchesTaken)}`}
            {call.contactDetailsConfirmed && ' · contact details confirmed'}
          </p>
          {call.note && <p className="entry-text">{call.note}</p>}
          {corrections.map((c) => (
            <div key={c.id} className="correction" aria-label="Correction">
              <strong>Correction</strong> <time dateTime={c.createdAt}>{new Date(c.createdAt).toLocaleString(settings.locale)}</time>
              <p className="entry-text">{c.text}</p>
            </div>
          ))}
        </li>
      );
    }
    case 'note':
      return (
        <li className="timeline-entry note" aria-label={`Note, ${when}`}>
          <div className="entry-head">
            <span className="entry-kind">{entry.note.kind === 'call-correction' ? 'Correction' : 'Note'}</span>
            <time dateTime={entry.at}>{when}</time>
          </div>
          <p className="entry-text">{entry.note.text}</p>
        </li>
      );
    case 'promise': {
      const p = entry.promise;
      return (
        <li className="timeline-entry promise" aria-label={`Promise to pay, ${when}`}>
          <div className="entry-head">
            <span className="entry-kind">Promise to pay</span>
            <time dateTime={entry.at}>{when}</time>
            <span className={`badge ${promiseStatusTone[p.status]}`}>{promiseStatusText[p.status]}</span>
          </div>
          <p>
            {money(p.amountMinor, p.currency)} by {date(p.promisedDate)}, {promiseMethodLabels[p.method].toLowerCase()}
            {p.invoiceIds.length > 0 && ` · for ${invoices(p.invoiceIds)}`}
            {p.contactId && lookup.contactName.get(p.contactId) && ` · promised by ${lookup.contactName.get(p.contactId)}`}
          </p>
          {p.instalments.length > 0 && (
            <ol className="instalments" aria-label="Instalments">
              {p.instalments.map((i, n) => (
                <li key={n}>
                  {money(i.amountMinor, p.currency)} on {date(i.dueDate)}
                </li>
              ))}
            </ol>
          )}
        </li>
      );
    }
    case 'payment': {
      const p = entry.payment;
      return (
        <li className="timeline-entry payment" aria-label={`Payment, ${when}`}>
          <div className="entry-head">
            <span className="entry-kind">Payment received</span>
            <time dateTime={p.receivedOn}>{date(p.receivedOn)}</time>
          </div>
          <p>
            {money(p.amountMinor, p.currency)} by {p.method.replace('-', ' ')}
            {p.reference && ` (ref. ${p.reference})`} · applied to {invoices(p.allocations.map((a) => a.invoiceId))}
          </p>
        </li>
      );
    }
    case 'dispute': {
      const d = entry.dispute;
      return (
        <li className="timeline-entry dispute" aria-label={`Dispute, ${when}`}>
          <div className="entry-head">
            <span className="entry-kind">Dispute</span>
            <time dateTime={entry.at}>{when}</time>
            <span className={`badge ${d.status === 'open' ? 'danger' : 'success'}`}>{d.status === 'open' ? 'Open' : 'Resolved'}</span>
          </div>
          <p>
            {disputeReasonLabels[d.reason]}
            {d.invoiceId && ` · invoice ${lookup.invoiceNumber.get(d.invoiceId) ?? ''}`}
          </p>
          <p className="entry-text">{d.details}</p>
        </li>
      );
    }
    case 'follow-up': {
      const f = entry.followUp;
      return (
        <li className="timeline-entry follow-up" aria-label={`Follow-up, ${when}`}>
          <div className="entry-head">
            <span className="entry-kind">{f.kind === 'callback' ? 'Callback' : f.kind === 'promise-check' ? 'Promise check' : 'Task'}</span>
            <time dateTime={entry.at}>{when}</time>
            <span className={`badge ${f.status === 'open' ? 'accent' : ''}`}>{f.status === 'open' ? 'Open' : 'Done'}</span>
          </div>
          <p>
            Due {new Date(f.dueAt).toLocaleString(settings.locale, { dateStyle: 'medium', timeStyle: 'short' })}
            {f.note && ` · ${f.note}`}
          </p>
        </li>
      );
    }
  }
});
