import { describe, expect, it } from 'vitest';
import { createPreferencesService, preferencesFileName } from '../../../electron/services/preferences';
import { memoryFiles } from './fake-main-ports';

function service(initial: Record<string, unknown> = {}) {
  const files = memoryFiles(initial);
  const loginChanges: boolean[] = [];
  const warnings: string[] = [];
  const preferences = createPreferencesService({
    store: files,
    loginItems: { setOpenAtLogin: (open) => void loginChanges.push(open) },
    warn: (message) => void warnings.push(message),
  });
  return { files, loginChanges, warnings, preferences };
}

describe('main-owned preferences', () => {
  it('keeps running in the tray and does not start at login by default', async () => {
    const { preferences } = service();
    expect(preferences.current()).toEqual({ closeToTray: true, startAtLogin: false, office: null });
    expect(await preferences.get()).toEqual({ closeToTray: true, startAtLogin: false, office: null });
  });

  it('reads what was saved, filling fields it lacks from the defaults', async () => {
    const { preferences } = service({ [preferencesFileName]: { closeToTray: false } });
    expect(await preferences.get()).toEqual({ closeToTray: false, startAtLogin: false, office: null });
    expect(preferences.current().closeToTray).toBe(false);
  });

  it.each([
    ['unreadable', new Error('preferences.json is not valid JSON.')],
    ['the wrong shape', { closeToTray: 'sometimes' }],
  ])('falls back to the defaults, with a warning, when the file is %s', async (_label, content) => {
    const { preferences, warnings } = service({ [preferencesFileName]: content });
    expect(await preferences.get()).toEqual({ closeToTray: true, startAtLogin: false, office: null });
    expect(warnings).toHaveLength(1);
  });

  it('saves changes in order and tells the OS only when start-at-login changes', async () => {
    const { preferences, files, loginChanges } = service();
    await Promise.all([
      preferences.set({ startAtLogin: true }),
      preferences.set({ closeToTray: false }),
      preferences.set({ startAtLogin: false }),
    ]);
    expect(loginChanges).toEqual([true, false]);
    expect(files.files.get(preferencesFileName)).toEqual({ closeToTray: false, startAtLogin: false, office: null });
    expect(preferences.current()).toEqual({ closeToTray: false, startAtLogin: false, office: null });
  });

  it('answers get with what was set since, not with what was first read', async () => {
    const { preferences } = service();
    await preferences.set({ startAtLogin: true });
    expect(await preferences.get()).toEqual({ closeToTray: true, startAtLogin: true, office: null });
  });

  it('keeps the old value when the file cannot be written', async () => {
    const { preferences, files, loginChanges } = service();
    files.write = async () => {
      throw new Error('The disk is full.');
    };
    await expect(preferences.set({ startAtLogin: true })).rejects.toThrow('The disk is full.');
    expect(preferences.current().startAtLogin).toBe(false);
    expect(loginChanges).toEqual([]);
  });
});
