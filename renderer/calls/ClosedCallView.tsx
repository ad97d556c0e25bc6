import { useState } from 'react';
import { routes } from '../shell/router';
import { callResultLabels, type Call } from '../../shared/calls/schema';
import type { FilledScript } from '../../shared/scripts';
import { formatInstant, officeClockOf } from '../../shared/dates/office-time';
import type { Settings } from '../../shared/settings/schema';
import type { CustomerFile } from '../customers/customer-repository';
import { ScriptPanel } from '../scripts/ScriptPanel';
import { CorrectionDialog } from './CorrectionDialog';
import { formatElapsed } from './CallHeader';
import { Breadcrumb } from '../ui/Breadcrumb';
import { CallRecordings } from '../recordings/CallRecordings';
import { useRecordingAttach } from '../recordings/use-recording-attach';

interface Props {
  call: Call;
  file: CustomerFile;
  settings: Settings;
  script: FilledScript | null;
}

/**
 * A closed call is a record: shown read-only, put right only by a correction beside it. Its
 * recordings are kept beside it too (attached after the call, or dropped on it), never in it.
 */
export function ClosedCallView({ call, file, settings, script }: Props) {
  const [correcting, setCorrecting] = useState(false);
  const contact = file.contacts.find((c) => c.id === call.contactId);
  const corrections = file.notes.filter((n) => n.kind === 'call-correction' && n.correctsCallId === call.id);
  const when = (iso: string) => formatInstant(iso, officeClockOf(settings));
  const attach = useRecordingAttach(file.customer.id, call.id);
  return (
    <main className="screen closed-call" aria-labelledby="closed-call-heading" {...attach.dropProps}>
      <div className="screen-header">
        <div>
          <Breadcrumb items={[{ label: file.customer.legalName, href: routes.customer(file.customer.id) }, { label: 'Call' }]} />
          <h1 id="closed-call-heading">Call on {when(call.startedAt)}</h1>
        </div>
        <div className="actions">
          <button type="button" onClick={() => setCorrecting(true)}>
            Add correction
          </button>
        </div>
      </div>
      <section className="card">
        <p>
          <span className="badge">Closed — read only</span> {call.result && <strong>{callResultLabels[call.result]}</strong>}
          {contact && ` · with ${contact.name}`}
          {call.durationSeconds !== null && ` · ${formatElapsed(call.durationSeconds * 1000)}`}
          {call.contactDetailsConfirmed && ' · contact details confirmed'}
          {script && ` · script: ${script.title}, version ${call.scriptVersion ?? 1}`}
        </p>
        <h2>Note</h2>
        <p className="entry-text">{call.note || <span className="muted">No note was typed.</span>}</p>
        {corrections.map((c) => (
          <div key={c.id} className="correction" aria-label="Correction">
            <strong>Correction</strong> <span className="muted small">{when(c.createdAt)}</span>
            <p className="entry-text">{c.text}</p>
          </div>
        ))}
      </section>
      <CallRecordings customerId={file.customer.id} callId={call.id} attach={attach} office={officeClockOf(settings)} />
      {script && (
        <ScriptPanel
          script={script}
          progress={{ stepsCovered: call.stepsCovered, branchesTaken: call.branchesTaken }}
          onChange={() => undefined}
          readOnly
        />
      )}
      {correcting && <CorrectionDialog callId={call.id} onClose={() => setCorrecting(false)} />}
    </main>
  );
}
