// Keyboard shortcuts: one list feeds the key handler, the help dialog and the README table.
import type { AppCommand } from './commands';

export interface Shortcut {
  /** As shown to the user; "Mod" is Ctrl on Windows and Cmd on macOS. */
  keys: string;
  description: string;
  /** Set for app-wide commands (handled by the native menu inside Electron). */
  command?: AppCommand;
  where: 'Anywhere' | 'Customer file' | 'Call' | 'Lists and dialogs';
}

export const shortcuts: Shortcut[] = [
  { keys: 'Mod+K', description: 'Find a customer (name, phone, email or invoice number)', command: 'find-customer', where: 'Anywhere' },
  { keys: 'Mod+N', description: 'New customer', command: 'new-customer', where: 'Anywhere' },
  { keys: 'Mod+1', description: 'Today: whom to call and why', command: 'go-today', where: 'Anywhere' },
  { keys: 'Mod+2', description: 'Customer list', command: 'go-customers', where: 'Anywhere' },
  { keys: 'Mod+3', description: 'Dashboard', command: 'go-dashboard', where: 'Anywhere' },
  { keys: 'Mod+I', description: 'Import customers and invoices from your books', command: 'import-file', where: 'Anywhere' },
  { keys: 'Mod+,', description: 'Settings', command: 'open-settings', where: 'Anywhere' },
  { keys: 'F1', description: 'Show keyboard shortcuts', command: 'show-shortcuts', where: 'Anywhere' },
  { keys: 'Mod+L', description: 'Log a call without dialling', command: 'log-call', where: 'Customer file' },
  { keys: 'Mod+Enter', description: 'Next account of the calling session, once the outcome is saved', where: 'Customer file' },
  { keys: 'Mod+]', description: 'Mark the current script step covered and go to the next', where: 'Call' },
  { keys: 'Mod+[', description: 'Go back to the previous script step', where: 'Call' },
  { keys: 'Mod+;', description: 'Insert the date and time into the call note', where: 'Call' },
  { keys: 'Mod+Enter', description: 'Save the outcome and close the call', where: 'Call' },
  { keys: 'Alt+1 / Alt+2 / Alt+3', description: 'Jump to the script, the note or the outcome', where: 'Call' },
  { keys: '↑ / ↓, Enter', description: 'Move through search results and open one', where: 'Lists and dialogs' },
  {
    keys: 'Mod+Enter',
    description: 'Save a customer, contact, invoice, payment or placement dialog, from any of its fields',
    where: 'Lists and dialogs',
  },
  { keys: 'Esc', description: 'Close a dialog', where: 'Lists and dialogs' },
];

const keyToCommand: Record<string, AppCommand> = {
  k: 'find-customer',
  n: 'new-customer',
  '1': 'go-today',
  '2': 'go-customers',
  '3': 'go-dashboard',
  ',': 'open-settings',
  l: 'log-call',
  i: 'import-file',
};

/** The app command a key press stands for, if any. */
export function commandForKeyEvent(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): AppCommand | null {
  if (event.key === 'F1') return 'show-shortcuts';
  const mod = event.ctrlKey || event.metaKey;
  if (!mod || event.altKey || event.shiftKey) return null;
  return keyToCommand[event.key.toLowerCase()] ?? null;
}

export function displayKeys(keys: string, isMac: boolean): string {
  return keys.replace(/Mod\+/g, isMac ? '⌘' : 'Ctrl+');
}
