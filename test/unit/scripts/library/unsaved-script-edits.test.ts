import { describe, expect, it } from 'vitest';
import { toFormValues } from '../../../../renderer/scripts/library/script-form';
import { forgetUnsavedEdits, keepUnsavedEdits, unsavedEditsFor } from '../../../../renderer/scripts/library/unsaved-script-edits';
import { scriptById } from '../../../../shared/scripts';

describe('edits kept while the user looks elsewhere', () => {
  const values = toFormValues(scriptById('second-call')!, null);

  it('come back for the version they were made on, as a copy, and not for another', () => {
    keepUnsavedEdits('custom-x', 2, { ...values, title: 'Half-typed name' });
    const back = unsavedEditsFor('custom-x', 2);
    expect(back?.title).toBe('Half-typed name');
    back!.steps[0]!.title = 'changed after';
    expect(unsavedEditsFor('custom-x', 2)!.steps[0]!.title).toBe(values.steps[0]!.title);
    expect(unsavedEditsFor('custom-x', 3)).toBeNull();
    forgetUnsavedEdits('custom-x');
    expect(unsavedEditsFor('custom-x', 2)).toBeNull();
  });
});
