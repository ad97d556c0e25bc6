import { describe, expect, it, vi } from 'vitest';
import { buildTrayMenu, trayItemsShown } from '../../../electron/menu/tray-menu-template';
import type { ReminderSummaryItem } from '../../../electron/services/reminders/schedule-summary';

function due(n: number): ReminderSummaryItem {
  return {
    id: `r-${n}`,
    kind: n % 2 ? 'callback' : 'promise-due',
    customerId: `c-${n}`,
    customerName: `Customer ${n}`,
    detail: '',
    fireAt: `2026-03-03T${String(10 + n).padStart(2, '0')}:00:00.000Z`,
    fired: false,
  };
}

function menu(dueToday: ReminderSummaryItem[]) {
  const actions = { openApp: vi.fn(), openCustomer: vi.fn(), quit: vi.fn() };
  const built = buildTrayMenu({ appName: 'Call Desk', dueToday, formatTime: (iso) => iso.slice(11, 16), ...actions });
  return { ...built, actions };
}

describe('the tray menu', () => {
  it('says when nothing is due, and still opens and quits', () => {
    const { tooltip, items, actions } = menu([]);
    expect(tooltip).toBe('Call Desk');
    expect(items.map((item) => item.label ?? item.type)).toEqual([
      'Due today',
      'Nothing due today',
      'separator',
      'Open Call Desk',
      'separator',
      'Quit',
    ]);
    items.find((item) => item.label === 'Open Call Desk')?.click?.();
    items.find((item) => item.label === 'Quit')?.click?.();
    expect(actions.openApp).toHaveBeenCalledTimes(1);
    expect(actions.quit).toHaveBeenCalledTimes(1);
  });

  it('lists what is due today, each item opening its customer', () => {
    const { tooltip, items, actions } = menu([due(0), due(1)]);
    expect(tooltip).toBe('Call Desk: 2 due today');
    expect(items.slice(1, 3).map((item) => item.label)).toEqual(['10:00  Customer 0 (promise due)', '11:00  Customer 1 (callback)']);
    items[2]?.click?.();
    expect(actions.openCustomer).toHaveBeenCalledWith('c-1');
  });

  it('keeps a long day short, with the rest one click away', () => {
    const { items, actions } = menu(Array.from({ length: trayItemsShown + 3 }, (_, n) => due(n)));
    const more = items.find((item) => item.label === '3 more…');
    expect(items.filter((item) => item.label?.includes('Customer'))).toHaveLength(trayItemsShown);
    more?.click?.();
    expect(actions.openApp).toHaveBeenCalled();
  });
});
