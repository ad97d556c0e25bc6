import { describe, expect, it } from 'vitest';
import { buildAppMenuTemplate, type MenuTemplateItem } from '../../../electron/menu/app-menu-template';
import type { MenuCommand } from '../../../shared/ipc/contract';

function build(isMac: boolean, isPackaged: boolean) {
  const sent: MenuCommand[] = [];
  const template = buildAppMenuTemplate({ appName: 'Call Desk', isMac, isPackaged, sendCommand: (c) => sent.push(c) });
  return { template, sent };
}

function allItems(items: MenuTemplateItem[]): MenuTemplateItem[] {
  return items.flatMap((item) => [item, ...allItems(item.submenu ?? [])]);
}

function menu(template: MenuTemplateItem[], label: string): MenuTemplateItem[] {
  const found = template.find((item) => item.label === label);
  if (!found?.submenu) throw new Error(`no ${label} menu`);
  return found.submenu;
}

describe('application menu', () => {
  it.each([true, false])('sends each app command from its shortcut (mac: %s)', (isMac) => {
    const { template, sent } = build(isMac, true);
    const shortcuts = new Map(
      allItems(template)
        .filter((i) => i.click)
        .map((i) => [i.accelerator, i]),
    );
    const expected: [string, MenuCommand][] = [
      ['CmdOrCtrl+N', 'new-customer'],
      ['CmdOrCtrl+L', 'log-call'],
      ['CmdOrCtrl+I', 'import-file'],
      ['CmdOrCtrl+,', 'open-settings'],
      ['CmdOrCtrl+1', 'go-today'],
      ['CmdOrCtrl+2', 'go-customers'],
      ['CmdOrCtrl+3', 'go-dashboard'],
      ['CmdOrCtrl+K', 'find-customer'],
      ['F1', 'show-shortcuts'],
    ];
    for (const [accelerator, command] of expected) {
      shortcuts.get(accelerator)?.click?.();
      expect(sent.at(-1), accelerator).toBe(command);
    }
    expect(sent).toHaveLength(expected.length);
  });

  it.each([true, false])('asks the window to show the update check from Help (mac: %s)', (isMac) => {
    const { template, sent } = build(isMac, true);
    const item = menu(template, 'Help').find((i) => i.label === 'Check for updates…');
    expect(item?.accelerator).toBeUndefined();
    item?.click?.();
    expect(sent).toEqual(['check-for-updates']);
  });

  it('puts the commands in the menus users look for them in', () => {
    const { template } = build(false, true);
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(menu(template, 'File').map((i) => i.label ?? i.role ?? i.type)).toEqual([
      'New customer…',
      'Log a call…',
      'separator',
      'Import…',
      'separator',
      'Settings…',
      'separator',
      'quit',
    ]);
    expect(
      menu(template, 'View')
        .slice(0, 4)
        .map((i) => i.label),
    ).toEqual(['Today', 'Customers', 'Dashboard', 'Find customer…']);
    expect(menu(template, 'Help').map((i) => i.label ?? i.type)).toEqual(['Keyboard shortcuts', 'separator', 'Check for updates…']);
  });

  it('adds the macOS application menu, with Settings in it', () => {
    const { template } = build(true, true);
    expect(template[0]?.label).toBe('Call Desk');
    expect(menu(template, 'Call Desk').some((i) => i.accelerator === 'CmdOrCtrl+,')).toBe(true);
    expect(menu(template, 'File').some((i) => i.accelerator === 'CmdOrCtrl+,')).toBe(false);
  });

  it('has the standard editing and zoom roles', () => {
    const roles = allItems(build(false, true).template).map((i) => i.role);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']) {
      expect(roles).toContain(role);
    }
  });

  it('offers reload and developer tools only in unpackaged builds', () => {
    const packaged = allItems(build(false, true).template).map((i) => i.role);
    const development = allItems(build(false, false).template).map((i) => i.role);
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('reload');
    expect(development).toContain('toggleDevTools');
    expect(development).toContain('reload');
  });

  it('uses every shortcut once', () => {
    for (const isMac of [true, false]) {
      const accelerators = allItems(build(isMac, false).template).flatMap((i) => (i.accelerator ? [i.accelerator] : []));
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });
});
