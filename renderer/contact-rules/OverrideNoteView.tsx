// A call made despite the contact rules, as the timeline shows it: the reason given and the
// rules it broke.
import { brokenRulesText } from '../../shared/contact-rules/override';
import type { Note } from '../../shared/notes/schema';
import { KeepCodesWhole } from '../ui/KeepCodesWhole';

export function OverrideNoteView({ note }: { note: Note }) {
  return (
    <>
      <p className="entry-text">
        Called despite calling rules: <KeepCodesWhole text={note.text} />
      </p>
      {note.rulesBroken && note.rulesBroken.length > 0 && <p className="muted small">Rules broken: {brokenRulesText(note.rulesBroken)}</p>}
    </>
  );
}
