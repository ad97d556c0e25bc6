// The full call log, oldest first: when, to whom, on which number, how long, what came of it,
// which problem paths the caller took and the note written at the time. A closed call is never
// edited, so corrections print directly under the call as dated amendments: the agency sees
// both what was recorded then and what was corrected later.
import { customerTimeBeside } from '../../dates/office-time';
import { callPhoneShown } from '../../calls/call-phone';
import { callResultLabels, reachedResults, type Call } from '../../calls/schema';
import type { Note } from '../../notes/schema';
import { builtInScriptLookup, type ScriptLookup } from '../../scripts/library/script-lookup';
import { chronological } from '../account-file';
import { plural } from '../document-format';
import { emptyNote, escapeHtml, missing, section, tableHead, type Column } from '../html';
import type { PacketContext } from './packet-context';

const columns: Column[] = [
  { header: '#', className: 'num', width: '4%' },
  { header: 'Date and time', width: '22%' },
  { header: 'Contact · number', width: '18%' },
  { header: 'Call', width: '9%' },
  { header: 'Result', width: '18%' },
  { header: 'Problem paths' },
  { header: 'Script steps', className: 'num', width: '8%' },
];

/** "6 of 9": main script steps ticked off (checklist ticks and problem-path steps not counted). */
export function stepsCoveredText(call: Call, scripts: ScriptLookup = builtInScriptLookup): string {
  const script = scripts(call.scriptId, call.scriptVersion);
  if (!script) return String(call.stepsCovered.filter((k) => !k.includes('#') && !k.includes('/')).length);
  const mainStepIds = new Set(script.steps.map((s) => s.id));
  const covered = new Set(call.stepsCovered.filter((k) => mainStepIds.has(k))).size;
  return `${covered} of ${mainStepIds.size}`;
}

/** The problem paths the caller took, by the titles the script the call used gave them. */
export function branchTitles(call: Call, scripts: ScriptLookup = builtInScriptLookup): string[] {
  const branches = scripts(call.scriptId, call.scriptVersion)?.branches ?? [];
  return call.branchesTaken.map((id) => branches.find((b) => b.id === id)?.title ?? id);
}

export function correctionsByCall(notes: readonly Note[]): Map<string, Note[]> {
  const byCall = new Map<string, Note[]>();
  for (const note of notes) {
    if (note.kind !== 'call-correction' || !note.correctsCallId) continue;
    const list = byCall.get(note.correctsCallId);
    if (list) list.push(note);
    else byCall.set(note.correctsCallId, [note]);
  }
  for (const list of byCall.values()) list.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  return byCall;
}

function resultCell(call: Call): string {
  if (call.status === 'open' || call.result === null) return '<span class="badge warn">Still open</span>';
  const label = escapeHtml(callResultLabels[call.result]);
  return call.result === 'refused' || call.result === 'dispute' ? `<strong>${label}</strong>` : label;
}

function callBody(ctx: PacketContext, call: Call, seq: number, amendments: readonly Note[]): string {
  const { fmt } = ctx;
  const tz = ctx.settings.officeTimeZone;
  const contact = call.contactId ? ctx.contactsById.get(call.contactId) : undefined;
  const paths = branchTitles(call, ctx.scripts);
  // The agency judges calling hours by the customer's clock: it goes under the office time.
  const theirs = customerTimeBeside(call.startedAt, ctx.file.customer.timeZone, { timeZone: tz, locale: ctx.settings.locale });
  const meta =
    '<tr class="call-meta">' +
    `<td class="num seq">${seq}</td>` +
    `<td class="nowrap">${escapeHtml(fmt.dateTime(call.startedAt, tz))}${theirs ? `<span class="sub">${escapeHtml(theirs)} for the customer</span>` : ''}</td>` +
    `<td>${contact ? escapeHtml(contact.name) : '<span class="muted">No contact chosen</span>'}${call.phoneNumber ? `<span class="sub nowrap">${escapeHtml(callPhoneShown(call, ctx.settings.defaultCountry) ?? '')}</span>` : ''}</td>` +
    `<td class="nowrap">${call.dialled ? 'Dialled' : 'Logged'}<span class="sub">${escapeHtml(fmt.duration(call.durationSeconds))}</span></td>` +
    `<td>${resultCell(call)}${call.contactDetailsConfirmed ? '<span class="sub">contact details confirmed</span>' : ''}</td>` +
    `<td>${paths.length ? escapeHtml(paths.join(', ')) : missing}</td>` +
    `<td class="num">${escapeHtml(stepsCoveredText(call, ctx.scripts))}</td>` +
    '</tr>';
  const noteText = call.note.trim()
    ? `<span class="text">${escapeHtml(call.note)}</span>`
    : '<span class="empty">No note was written.</span>';
  const note = `<tr class="call-note"><td></td><td colspan="6">${noteText}</td></tr>`;
  const amends = amendments
    .map(
      (a) =>
        `<tr class="amendment"><td></td><td colspan="6" class="amend"><span class="amendment-label">Amendment, ${escapeHtml(fmt.dayOf(a.createdAt, tz))}</span>` +
        `<span class="text">${escapeHtml(a.text)}</span></td></tr>`,
    )
    .join('');
  return `<tbody>${meta}${note}${amends}</tbody>`;
}

function callLogLead(ctx: PacketContext, calls: readonly Call[]): string {
  const { fmt } = ctx;
  const tz = ctx.settings.officeTimeZone;
  const first = calls[0];
  const last = calls[calls.length - 1];
  const reached = calls.filter((c) => c.result !== null && reachedResults.has(c.result)).length;
  const messages = calls.filter((c) => c.result === 'left-message').length;
  const unanswered = calls.filter((c) => c.result === 'no-answer').length;
  const span = first && last ? ` from ${fmt.dayOf(first.startedAt, tz)} to ${fmt.dayOf(last.startedAt, tz)}` : '';
  return (
    `${plural(calls.length, 'call')}${span}: ${reached} reached the customer, ${plural(messages, 'message')} left, ${unanswered} not answered. ` +
    `Times are office time (${tz}); where the customer's clock read differently, their time is shown beneath.`
  );
}

export function callLogSection(ctx: PacketContext): string {
  const calls = chronological(ctx.file.calls, (c) => c.startedAt);
  if (calls.length === 0) return section('calls', 'Call log', emptyNote('No calls have been made on this account.'));
  const amendments = correctionsByCall(ctx.file.notes);
  const bodies = calls.map((call, i) => callBody(ctx, call, i + 1, amendments.get(call.id) ?? []));
  const table = `<table class="data calls">${tableHead(columns)}${bodies.join('')}</table>`;
  return section('calls', 'Call log', table, escapeHtml(callLogLead(ctx, calls)));
}
