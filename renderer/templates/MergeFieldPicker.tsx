// "Insert field": the merge fields grouped as the template engine lists them, each with what it
// prints. A native select, so it works from the keyboard like every other list in the app; it
// goes back to "Insert field…" after each choice so the same field can be inserted twice.
import { useId } from 'react';
import { mergeFieldGroups, mergeFieldToken } from '../../shared/templates';

interface Props {
  /** Called with the token to insert, e.g. "{account.pastDue}". */
  onInsert(token: string): void;
  /** Says where the field will go ("into Step 2, line 1"); the picker is off while nothing is chosen. */
  target: string | null;
}

export function MergeFieldPicker({ onInsert, target }: Props) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="merge-field-picker">
      <label htmlFor={id}>Insert field</label>
      <select
        id={id}
        value=""
        disabled={target === null}
        aria-describedby={hintId}
        onChange={(event) => {
          if (event.target.value) onInsert(event.target.value);
        }}
      >
        <option value="">Choose a field…</option>
        {mergeFieldGroups.map((group) => (
          <optgroup key={group.id} label={group.label}>
            {group.fields.map((field) => (
              <option key={field.name} value={mergeFieldToken(field)} title={field.description}>
                {field.label} — {mergeFieldToken(field)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <p id={hintId} className="muted small">
        {target === null ? 'Click in a line first: the field goes where the cursor is.' : `Goes ${target}, where the cursor is.`}
      </p>
    </div>
  );
}

/** The text with `token` put in place of the selection; and where the cursor goes after it. */
export function insertAt(text: string, selectionStart: number, selectionEnd: number, token: string): { text: string; caret: number } {
  const start = Math.max(0, Math.min(selectionStart, text.length));
  const end = Math.max(start, Math.min(selectionEnd, text.length));
  return { text: text.slice(0, start) + token + text.slice(end), caret: start + token.length };
}
