// Puts a merge field where the user's cursor was in the subject or the text, as typing it would:
// the text around it kept (a selection replaced), the cursor after the field, that field focused
// again. It goes into whichever of the two the user was in last (the editor starts in the
// subject). A field keeps its selection when it loses the focus, so only which one is tracked.
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { WordingPart } from '../../shared/email/check-wording';

export interface InsertablePart {
  ref: RefObject<HTMLInputElement | HTMLTextAreaElement | null>;
  value: string;
  set(value: string): void;
}

export function useInsertAtCursor(parts: Record<WordingPart, InsertablePart>) {
  const [target, setTarget] = useState<WordingPart>('subject');
  const caret = useRef<{ part: WordingPart; at: number } | null>(null);

  // After the inserted text is rendered: the cursor goes right after the field.
  useLayoutEffect(() => {
    const pending = caret.current;
    if (!pending) return;
    caret.current = null;
    const element = parts[pending.part].ref.current;
    element?.focus();
    element?.setSelectionRange(pending.at, pending.at);
  });

  const enter = (part: WordingPart) => setTarget(part);

  const insert = (token: string) => {
    const part = parts[target];
    const element = part.ref.current;
    const start = element?.selectionStart ?? part.value.length;
    const end = element?.selectionEnd ?? start;
    part.set(part.value.slice(0, start) + token + part.value.slice(end));
    caret.current = { part: target, at: start + token.length };
  };

  return { target, enter, insert };
}
