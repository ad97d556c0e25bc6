// The tray's tooltip and context menu as plain data (no Electron, so it is unit-tested): what
// is due today, each opening its customer, then "Open Call Desk" and "Quit". The shape is a
// subset of MenuItemConstructorOptions, handed to Menu.buildFromTemplate by the adapter.
import type { ReminderKind } from '../../shared/reminders/schema';
import type { ReminderSummaryItem } from '../services/reminders/schedule-summary';

export interface TrayMenuItem {
  label?: string;
  type?: 'separator';
  enabled?: boolean;
  click?: () => void;
}

export interface TrayMenuOptions {
  appName: string;
  dueToday: readonly ReminderSummaryItem[];
  /** e.g. "09:00" for an ISO instant, in the user's own zone and locale. */
  formatTime: (iso: string) => string;
  openApp: () => void;
  openCustomer: (customerId: string) => void;
  quit: () => void;
}

/** A tray menu is a glance, not a list: the rest is one click away in the app. */
export const trayItemsShown = 8;

const kindLabels: Record<ReminderKind, string> = {
  'promise-due': 'promise due',
  'promise-day-before': 'promise due next',
  callback: 'callback',
  'follow-up': 'follow-up',
};

export function buildTrayMenu(options: TrayMenuOptions): { tooltip: string; items: TrayMenuItem[] } {
  const { appName, dueToday, formatTime, openApp, openCustomer, quit } = options;
  const separator: TrayMenuItem = { type: 'separator' };

  const dueItems: TrayMenuItem[] = dueToday.slice(0, trayItemsShown).map((item) => ({
    label: `${formatTime(item.fireAt)}  ${item.customerName} (${kindLabels[item.kind]})`,
    click: () => openCustomer(item.customerId),
  }));
  const more = dueToday.length - trayItemsShown;
  if (more > 0) dueItems.push({ label: `${more} more…`, click: openApp });
  if (dueItems.length === 0) dueItems.push({ label: 'Nothing due today', enabled: false });

  const tooltip = dueToday.length === 0 ? appName : `${appName}: ${dueToday.length} due today`;
  return {
    tooltip,
    items: [
      { label: 'Due today', enabled: false },
      ...dueItems,
      separator,
      { label: `Open ${appName}`, click: openApp },
      separator,
      { label: 'Quit', click: quit },
    ],
  };
}
