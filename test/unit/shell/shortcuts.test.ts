import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandForKeyEvent, displayKeys, shortcuts } from '../../../renderer/shell/shortcuts';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('keyboard shortcuts', () => {
  it('maps Ctrl and Cmd chords to app commands', () => {
    expect(commandForKeyEvent(key('k', { ctrlKey: true }))).toBe('find-customer');
    expect(commandForKeyEvent(key('K', { metaKey: true }))).toBe('find-customer');
    expect(commandForKeyEvent(key('n', { ctrlKey: true }))).toBe('new-customer');
    expect(commandForKeyEvent(key('l', { ctrlKey: true }))).toBe('log-call');
    expect(commandForKeyEvent(key(',', { ctrlKey: true }))).toBe('open-settings');
    expect(commandForKeyEvent(key('i', { ctrlKey: true }))).toBe('import-file');
    expect(commandForKeyEvent(key('3', { ctrlKey: true }))).toBe('go-dashboard');
    expect(commandForKeyEvent(key('F1'))).toBe('show-shortcuts');
    expect(commandForKeyEvent(key('1', { ctrlKey: true }))).toBe('go-today');
    expect(commandForKeyEvent(key('2', { ctrlKey: true }))).toBe('go-customers');
  });

  it('ignores plain typing and other chords', () => {
    expect(commandForKeyEvent(key('k'))).toBeNull();
    expect(commandForKeyEvent(key('k', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(commandForKeyEvent(key('k', { ctrlKey: true, altKey: true }))).toBeNull();
  });

  it('shows Ctrl on Windows and the command key on macOS', () => {
    expect(displayKeys('Mod+K', false)).toBe('Ctrl+K');
    expect(displayKeys('Mod+K', true)).toBe('⌘K');
  });

  it('lists every shortcut in the README', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const s of shortcuts) {
      expect(readme, s.keys).toContain(`\`${displayKeys(s.keys, false)}\``);
      expect(readme, s.keys).toContain(s.description);
    }
  });
});
