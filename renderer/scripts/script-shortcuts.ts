// The script panel's own keys. Listed here once so the help screen and README can show them;
// "Mod" is Ctrl on Windows and Cmd on macOS, as in renderer/shell/shortcuts.ts.

export interface ScriptShortcut {
  keys: string;
  description: string;
}

export const scriptShortcuts: readonly ScriptShortcut[] = [
  { keys: 'Mod+]', description: 'Mark the current script step covered and go to the next' },
  { keys: 'Mod+[', description: 'Go back to the previous script step' },
];

export type ScriptKeyAction = 'next' | 'back';

type KeyLike = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

/** Which panel action a key press stands for. Also matches by physical key, because on some
 *  layouts (German, French) the bracket characters need AltGr and `key` is something else. */
export function scriptKeyAction(event: KeyLike): ScriptKeyAction | null {
  if (!(event.ctrlKey || event.metaKey) || event.shiftKey) return null;
  if (event.key === ']' || event.code === 'BracketRight') return 'next';
  if (event.key === '[' || event.code === 'BracketLeft') return 'back';
  return null;
}
