// Notes written on the account outside calls, oldest first. Corrections of calls print under
// their call in the call log; one whose call is no longer on file prints here, so no note is
// ever dropped from the packet.
import { brokenRulesText } from '../../contact-rules/override';
import type { Note } from '../../notes/schema';
import { chronological } from '../account-file';
import { dataTable, emptyNote, escapeHtml, section, type Column } from '../html';
import type { PacketContext } from './packet-context';

const columns: Column[] = [{ header: 'Written', width: '20%' }, { header: 'Note' }];

/** What each kind of note is, printed above its text (a plain note needs no label). */
const kindLabels: Record<Note['kind'], string> = {
  note: '',
  'call-correction': 'Correction of a call no longer on file',
  'promise-confirmation': 'Promise confirmation sent',
  'contact-rule-override': 'Called despite the contact rules',
  email: 'Email sent',
  letter: 'Letter sent',
};

/** The label printed above a note's text; an override also names the rules it broke. */
function kindLabel(note: Note): string {
  const label = kindLabels[note.kind];
  return note.kind === 'contact-rule-override' && note.rulesBroken?.length ? `${label} (${brokenRulesText(note.rulesBroken)})` : label;
}

export function standaloneNotes(ctx: PacketContext): Note[] {
  return ctx.file.notes.filter((n) => n.kind !== 'call-correction' || !n.correctsCallId || !ctx.callsById.has(n.correctsCallId));
}

export function notesSection(ctx: PacketContext): string {
  const notes = chronological(standaloneNotes(ctx), (n) => n.createdAt);
  if (notes.length === 0) return section('notes', 'Notes', emptyNote('No notes besides those written during calls.'));
  const tz = ctx.settings.officeTimeZone;
  const rows = notes.map((n) => [
    `<span class="nowrap">${escapeHtml(ctx.fmt.dateTime(n.createdAt, tz))}</span>`,
    (kindLabel(n) ? `<span class="note-kind">${escapeHtml(kindLabel(n))}</span>` : '') + `<span class="text">${escapeHtml(n.text)}</span>`,
  ]);
  return section('notes', 'Notes', dataTable({ columns, rows, className: 'notes' }));
}
