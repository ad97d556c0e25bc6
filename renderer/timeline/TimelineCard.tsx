import { useMemo, useState } from 'react';
import { todayIn } from '../../shared/dates/calendar';
import { promiseProgress } from '../../shared/promises/lifecycle';
import type { Settings } from '../../shared/settings/schema';
import { buildTimeline } from '../../shared/timeline/timeline';
import { isCallRecording, type StoredRecordingDocument } from '../../shared/documents/schema';
import { useDocumentsContext } from '../documents/documents-context';
import type { CustomerFile } from '../customers/customer-repository';
import { useNow } from '../shell/clock';
import { CorrectionDialog } from '../calls/CorrectionDialog';
import { TimelineEntryView } from './TimelineEntryView';
import { useScriptRows } from '../scripts/library/queries';
import './timeline.css';
import { plural } from '../../shared/wording/plural';

const pageSize = 60;

export function TimelineCard({ file, settings }: { file: CustomerFile; settings: Settings }) {
  const entries = useMemo(() => buildTimeline(file), [file]);
  const [shown, setShown] = useState(pageSize);
  const [correcting, setCorrecting] = useState<string | null>(null);
  const now = useNow(60_000);
  const today = todayIn(settings.officeTimeZone, now);
  const { promiseGraceDays: graceDays, officeTimeZone: timeZone } = settings;
  // A call's recordings are documents of the account (none outside a customer file).
  const documents = useDocumentsContext()?.documents;
  const recordings = useMemo(() => {
    const byCall = new Map<string, StoredRecordingDocument[]>();
    for (const document of documents ?? []) {
      if (!isCallRecording(document)) continue;
      byCall.set(document.callId, [...(byCall.get(document.callId) ?? []), document]);
    }
    for (const list of byCall.values()) list.sort((a, b) => a.addedAt.localeCompare(b.addedAt));
    return byCall;
  }, [documents]);
  const scriptRows = useScriptRows().data;
  const lookup = useMemo(
    () => ({
      scriptRows: scriptRows ?? [],
      contactName: new Map(file.contacts.map((c) => [c.id, c.name])),
      invoiceNumber: new Map(file.invoices.map((i) => [i.id, i.number])),
      promiseProgress: new Map(
        file.promises.map((promise) => [promise.id, promiseProgress({ promise, payments: file.payments, today, graceDays, timeZone })]),
      ),
      recordings,
    }),
    [file.contacts, file.invoices, file.promises, file.payments, today, graceDays, timeZone, recordings, scriptRows],
  );

  return (
    <section className="card timeline-card" aria-labelledby="timeline-heading">
      <div className="card-header">
        <h2 id="timeline-heading">Timeline</h2>
        <span className="muted">{plural(entries.length, 'entry', 'entries', settings.locale)}, newest first</span>
      </div>
      {entries.length === 0 && <p className="empty">Nothing yet: calls, notes, promises and payments will appear here.</p>}
      <ol className="timeline" aria-label="Timeline">
        {entries.slice(0, shown).map((entry) => (
          <TimelineEntryView
            key={`${entry.kind}-${entry.id}`}
            entry={entry}
            settings={settings}
            lookup={lookup}
            file={file}
            onCorrect={(callId) => setCorrecting(callId)}
          />
        ))}
      </ol>
      {entries.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + pageSize * 4)}>
          Show older entries ({entries.length - shown} more)
        </button>
      )}
      {correcting && <CorrectionDialog callId={correcting} onClose={() => setCorrecting(null)} />}
    </section>
  );
}
