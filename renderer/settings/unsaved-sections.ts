// Which Settings sections hold edits not saved yet. Each section's form reports here and its
// heading reads it, so "Unsaved changes" shows on the heading of the section that has them.
import { useEffect, useSyncExternalStore } from 'react';

const unsaved = new Set<string>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setUnsaved(section: string, dirty: boolean): void {
  if (unsaved.has(section) === dirty) return;
  if (dirty) unsaved.add(section);
  else unsaved.delete(section);
  for (const listener of listeners) listener();
}

/** Called by a section's form with its dirty state; a form that goes away has nothing unsaved. */
export function useReportUnsaved(section: string | undefined, dirty: boolean): void {
  useEffect(() => {
    if (!section) return undefined;
    setUnsaved(section, dirty);
    return () => setUnsaved(section, false);
  }, [section, dirty]);
}

export function useSectionUnsaved(section: string): boolean {
  return useSyncExternalStore(subscribe, () => unsaved.has(section));
}

/** True while any Settings section has unsaved edits. */
export function hasUnsavedSettings(): boolean {
  return unsaved.size > 0;
}
