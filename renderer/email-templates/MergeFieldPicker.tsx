// The merge fields a template may use, grouped as the engine lists them (shared/templates): a
// list to choose from with the keyboard (arrow keys, or a field's first letters) and a button
// that puts the chosen field where the cursor was. Enter on the closed list inserts too.
import { useState, type KeyboardEvent } from 'react';
import { mergeFieldByName, mergeFieldGroups, mergeFields, mergeFieldToken } from '../../shared/templates';
import { Button } from '../ui/Button';
import { SelectField } from '../ui/fields';

interface Props {
  /** Where the field goes, for the button: "the subject", "the email text". */
  targetName: string;
  onInsert(token: string): void;
}

export function MergeFieldPicker({ targetName, onInsert }: Props) {
  const [name, setName] = useState(mergeFields[0]?.name ?? '');
  const field = mergeFieldByName(name);
  const insert = () => {
    if (field) onInsert(mergeFieldToken(field));
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
      <Button onClick={insert} disabled={!field}>
        Insert into {targetName}
      </Button>
    </div>
  );
}
