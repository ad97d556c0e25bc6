// Leaving the script editor with changes not saved keeps them (unsaved-script-edits.ts); coming
// back brings them back, marked as not saved, with a way to discard them.
import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { StoredScript } from '../../../shared/scripts/library/script-schema';
import { toFormValues, type ScriptFormValues } from './script-form';
import { forgetUnsavedEdits, keepUnsavedEdits, unsavedEditsFor } from './unsaved-script-edits';

export function useKeptEdits(form: UseFormReturn<ScriptFormValues>, row: StoredScript) {
  const [shown, setShown] = useState(false);
  const dirty = useRef(false);
  dirty.current = form.formState.isDirty;
  // The version the edits are made on now (a save moves it on while the editor stays open).
  const version = useRef(row.version);
  version.current = row.version;

  useEffect(() => {
    const kept = unsavedEditsFor(row.scriptId, row.version);
    if (kept) {
      // Against the saved wording as the default, so the form reads as changed.
      form.reset(kept, { keepDefaultValues: true });
      setShown(true);
    }
    return () => {
      if (dirty.current) keepUnsavedEdits(row.scriptId, version.current, form.getValues());
    };
    // Once per script shown: the row's later versions come with a save, which forgets the edits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [row.scriptId]);

  return {
    shown,
    /** After a save: nothing is left to keep. */
    forget() {
      forgetUnsavedEdits(row.scriptId);
      setShown(false);
    },
    discard() {
      forgetUnsavedEdits(row.scriptId);
      form.reset(toFormValues(row.template, row.proposedInstead));
      setShown(false);
    },
  };
}
