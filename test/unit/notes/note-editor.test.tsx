// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { NoteEditor } from '../../../renderer/notes/NoteEditor';

function EditorWithState({ initial }: { initial: string }) {
  const [text, setText] = useState(initial);
  return (
    <NoteEditor
      text={text}
      status="saved"
      office={{ timeZone: 'America/New_York', locale: 'en-US' }}
      onChange={setText}
      onBlur={() => {}}
    />
  );
}

describe('NoteEditor: Ctrl+; inserts the time', () => {
  it('places the caret after the stamp before the next key is handled', () => {
    render(<EditorWithState initial="Hello world" />);
    const note = screen.getByRole('textbox', { name: 'Call note' }) as HTMLTextAreaElement;
    note.focus();
    note.setSelectionRange(5, 5);
    fireEvent.keyDown(note, { key: ';', ctrlKey: true });

    // Read at once, as the next keystroke would be: no frame has passed.
    expect(note.value).toMatch(/^Hello\n\[[^\]]+\] {2}world$/);
    const afterStamp = note.value.indexOf('] ') + 2;
    expect(note.selectionStart).toBe(afterStamp);
    expect(note.selectionEnd).toBe(afterStamp);
  });
});
