// Puts a merge field where the user's cursor was in one of a template's parts (a subject, a
// text), as typing it would: the text around it kept (a selection replaced), the cursor after the
// field, that part focused again. It goes into whichever part the user was in last (the editor
// starts in the first one). A field keeps its selection when it loses the focus, so only which
// one is tracked.
import { useLayoutEffect, useRef, useState } from 'react';

export interface InsertablePart {
  element(): HTMLInputElement | HTMLTextAreaElement | null;
  value: string;
  set(value: string): void;
}

export function useInsertAtCursor<P extends string>(parts: Record<P, InsertablePart>, first: P) {
  const [target, setTarget] = useState<P>(first);
  const caret = useRef<{ part: P; at: number } | null>(null);

  // After the inserted text is rendered: the cursor goes right after the field.
  useLayoutEffect(() => {
    const pending = caret.current;
    if (!pending) return;
    caret.current = null;
    const element = parts[pending.part].element();
    element?.focus();
    element?.setSelectionRange(pending.at, pending.at);
  });

  const enter = (part: P) => setTarget(part);

  const insert = (token: string) => {
    const part = parts[target];
    const element = part.element();
    const start = element?.selectionStart ?? part.value.length;
    const end = element?.selectionEnd ?? start;
    part.set(part.value.slice(0, start) + token + part.value.slice(end));
    caret.current = { part: target, at: start + token.length };
  };

  return { target, enter, insert };
}
