import { memo } from 'react';
import { callPhoneShown } from '../../shared/calls/call-phone';
import { callResultLabels } from '../../shared/calls/schema';
import { formatCalendarDate } from '../../shared/dates/calendar';
import { customerTimeBeside, formatInstant, officeClockOf } from '../../shared/dates/office-time';
import { disputeReasonLabels } from '../../shared/disputes/schema';
import { formatMoney } from '../../shared/money/money';
import type { PromiseProgress } from '../../shared/promises/lifecycle';
import type { Call } from '../../shared/calls/schema';
import { scriptAsUsed } from '../../shared/scripts/library/script-library';
import type { StoredScript } from '../../shared/scripts/library/script-schema';
import type { Settings } from '../../shared/settings/schema';
import type { StoredRecordingDocument } from '../../shared/documents/schema';
import { formatRecordingDuration } from '../../shared/recordings/duration-format';
import type { TimelineEntry } from '../../shared/timeline/timeline';
import { routes } from '../shell/router';
import { BookChangeEntryView } from './BookChangeEntryView';
import { PlacementEntryView } from './PlacementEntryView';
import { PromiseEntryView } from './PromiseEntryView';
import type { CustomerFile } from '../customers/customer-repository';
import { ConfirmationEmailButton } from '../promises/ConfirmationEmailButton';
import { ConfirmationNoteView } from '../promises/ConfirmationNoteView';
import { OverrideNoteView } from '../contact-rules/OverrideNoteView';
import { EmailNoteView } from '../email/EmailNoteView';
import { LetterNoteView } from '../letters/LetterNoteView';
import { KeepCodesWhole } from '../ui/KeepCodesWhole';

interface Lookup {
  contactName: Map<string, string>;
  invoiceNumber: Map<string, string>;
  /** Where each promise stands today (instalment states, outcome). */
  promiseProgress: Map<string, PromiseProgress>;
  /** The script library's rows: the wording each call used. */
  scriptRows: readonly StoredScript[];
  /** Each call's recordings, by call id. */
  recordings: Map<string, StoredRecordingDocument[]>;
}

interface Props {
  entry: TimelineEntry;
  settings: Settings;
  lookup: Lookup;
  /** The whole file, for what an entry offers beyond itself (a promise's confirmation email). */
  file: CustomerFile;
  onCorrect(callId: string): void;
}

/** Problem paths are stored by id; show the titles the caller saw. */
function branchTitles(call: Call, scriptRows: readonly StoredScript[]): string {
  const branches = scriptAsUsed(scriptRows, call.scriptId, call.scriptVersion)?.branches ?? [];
  return call.branchesTaken.map((id) => branches.find((b) => b.id === id)?.title ?? id).join(', ');
}

function formatDuration(seconds: number | null): string {
  if (seconds === null) return '';
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? `${m} min ${s} s` : `${s} s`;
}

export const TimelineEntryView = memo(function TimelineEntryView({ entry, settings, lookup, file, onCorrect }: Props) {
  const office = officeClockOf(settings);
  const when = formatInstant(entry.at, office);
  // When to call matters to the customer: their own clock beside the office's.
  const theirTime = (at: string) => customerTimeBeside(at, file.customer.timeZone, office);
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
            {call.phoneNumber !== null
              ? ` · ${call.dialled ? 'dialled' : 'logged'} ${callPhoneShown(call, settings.defaultCountry)}`
              : ' · logged without dialling'}
            {call.durationSeconds !== null && ` · ${formatDuration(call.durationSeconds)}`}
            {call.stepsCovered.length > 0 && ` · ${call.stepsCovered.length} script steps covered`}
            {call.branchesTaken.length > 0 && ` · problem paths: ${branchTitles(call, lookup.scriptRows)}`}
            {call.contactDetailsConfirmed && ' · contact details confirmed'}
          </p>
          {call.note && (
            <p className="entry-text">
              <KeepCodesWhole text={call.note} />
            </p>
          )}
          {(lookup.recordings.get(call.id) ?? []).map((r) => (
            <p key={r.id} className="muted small">
              Recording: {r.fileName} ({formatRecordingDuration(r.durationSeconds ?? null)})
            </p>
          ))}
          {corrections.map((c) => (
            <div key={c.id} className="correction" aria-label="Correction">
              <strong>Correction</strong> <time dateTime={c.createdAt}>{formatInstant(c.createdAt, office)}</time>
              <p className="entry-text">
                <KeepCodesWhole text={c.text} />
              </p>
            </div>
          ))}
        </li>
      );
    }
    case 'note': {
      const kind = {
        note: 'Note',
        'call-correction': 'Correction',
        'promise-confirmation': 'Confirmation email',
        'contact-rule-override': 'Contact rules overridden',
        email: 'Email',
        letter: 'Letter',
      }[entry.note.kind];
      return (
        <li className="timeline-entry note" aria-label={`${kind}, ${when}`}>
          <div className="entry-head">
            <span className="entry-kind">{kind}</span>
            <time dateTime={entry.at}>{when}</time>
          </div>
          {entry.note.kind === 'promise-confirmation' ? (
            <ConfirmationNoteView note={entry.note} />
          ) : entry.note.kind === 'contact-rule-override' ? (
            <OverrideNoteView note={entry.note} />
          ) : entry.note.kind === 'email' ? (
            <EmailNoteView note={entry.note} />
          ) : entry.note.kind === 'letter' ? (
            <LetterNoteView note={entry.note} />
          ) : (
            <p className="entry-text">
              <KeepCodesWhole text={entry.note.text} />
            </p>
          )}
        </li>
      );
    }
    case 'promise': {
      const p = entry.promise;
      return (
        <PromiseEntryView
          promise={p}
          progress={lookup.promiseProgress.get(p.id)}
          at={entry.at}
          when={when}
          settings={settings}
          contactName={p.contactId ? lookup.contactName.get(p.contactId) : undefined}
          invoiceNumbers={invoices(p.invoiceIds)}
          actions={p.status === 'open' ? <ConfirmationEmailButton promise={p} file={file} /> : null}
        />
      );
    }
    case 'payment': {
      const p = entry.payment;
      return (
        <li className="timeline-entry payment" aria-label={`Payment, ${when}`}>
          <div className="entry-head">
            <span className="entry-kind">{p.seenInBooks ? 'Payment seen in the books' : 'Payment received'}</span>
            <time dateTime={p.receivedOn}>{date(p.receivedOn)}</time>
          </div>
          <p>
            {money(p.amountMinor, p.currency)} by {p.method.replace('-', ' ')}
            {p.reference && ` (ref. ${p.reference})`} · applied to <KeepCodesWhole text={invoices(p.allocations.map((a) => a.invoiceId))} />
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
          <p className="entry-text">
            <KeepCodesWhole text={d.details} />
          </p>
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
            Due {formatInstant(f.dueAt, office)}
            {theirTime(f.dueAt) && ` (${theirTime(f.dueAt)} for the customer)`}
            {f.note && (
              <>
                {' '}
                · <KeepCodesWhole text={f.note} />
              </>
            )}
          </p>
        </li>
      );
    }
    case 'placement':
      return <PlacementEntryView event={entry.event} placement={entry.placement} at={entry.at} when={when} locale={settings.locale} />;
    case 'books':
      return <BookChangeEntryView change={entry.change} when={when} locale={settings.locale} />;
  }
});
