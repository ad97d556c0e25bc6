// The merge fields a template may use, grouped as the engine lists them (shared/templates): a
// list to choose from with the keyboard (arrow keys, or a field's first letters) and a button
// that puts the chosen field where the cursor was. Enter on the closed list inserts too. Choosing
// alone never inserts: arrowing through a closed list changes its value at every step.
import { useState, type KeyboardEvent } from 'react';
import { mergeFieldByName, mergeFieldGroups, mergeFields, mergeFieldToken } from '../../shared/templates';
import { Button } from '../ui/Button';
import { SelectField } from '../ui/fields';

interface Props {
  /** Where the field goes, for the button: "the subject", "Step 2, line 1"; null while there is nowhere yet. */
  targetName: string | null;
  onInsert(token: string): void;
}

export function MergeFieldPicker({ targetName, onInsert }: Props) {
  const [name, setName] = useState(mergeFields[0]?.name ?? '');
  const field = mergeFieldByName(name);
  const insert = () => {
    if (field && targetName !== null) onInsert(mergeFieldToken(field));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLSelectElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    insert();
  };

  return (
    <div className="merge-field-picker" role="group" aria-label="Merge fields">
      <SelectField
        label="Merge field"
        value={name}
        hint={field ? `${field.description}. Inserts ${mergeFieldToken(field)}.` : undefined}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={onKeyDown}
      >
        {mergeFieldGroups.map((group) => (
          <optgroup key={group.id} label={group.label}>
            {group.fields.map((f) => (
              <option key={f.name} value={f.name}>
                {`${f.label} ${mergeFieldToken(f)}`}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <Button onClick={insert} disabled={!field || targetName === null}>
        {targetName === null ? 'Insert (click in a text box first)' : `Insert into ${targetName}`}
      </Button>
    </div>
  );
}

/** The text with `token` put in place of the selection; and where the cursor goes after it. */
export function insertAt(text: string, selectionStart: number, selectionEnd: number, token: string): { text: string; caret: number } {
  const start = Math.max(0, Math.min(selectionStart, text.length));
  const end = Math.max(start, Math.min(selectionEnd, text.length));
  return { text: text.slice(0, start) + token + text.slice(end), caret: start + token.length };
}
