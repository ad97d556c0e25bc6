// Which text box a merge field goes into: the last one the user was typing in. Each text box of
// the editor says so when it gets focus; the picker then inserts at its cursor.
import { createContext, useContext } from 'react';

export interface InsertTarget {
  /** The form field (react-hook-form path). */
  path: string;
  /** Where it is, in words: "Step 2, line 1". */
  label: string;
  element: HTMLTextAreaElement | HTMLInputElement;
}

export const InsertTargetContext = createContext<(target: InsertTarget) => void>(() => undefined);

export function useSetInsertTarget(): (target: InsertTarget) => void {
  return useContext(InsertTargetContext);
}
