// electron/main.ts against a fake 'electron': the parts that keep Call Desk useful with its
// window closed (tray, close-to-tray, start at login, notifications, wake from sleep).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeElectron } from './fake-electron';

let userData: string;
beforeEach(async () => {
  userData = await mkdtemp(path.join(tmpdir(), 'call-desk-main-bg-'));
  vi.resetModules();
});
afterEach(async () => {
  vi.useRealTimers();
  vi.doUnmock('electron');
  // Closing a window saves its position in the background; let that land before cleaning up.
  await new Promise((resolve) => setTimeout(resolve, 100));
  await rm(userData, { recursive: true, force: true });
});

const fromApp = { senderFrame: { url: 'app://call-desk/index.html' } };

async function startedApp() {
  const fake = createFakeElectron({ userData });
  vi.doMock('electron', () => ({ ...fake.electron, default: fake.electron }));
  await import('../../../electron/main');
  fake.markReady();
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
  const invoke = (channel: string, input?: unknown) => fake.ipcHandlers.get(channel)!(fromApp, input);
  return { fake, invoke, window: fake.windows[0]! };
}

type TrayItem = { label?: string; click?: () => void };
function trayItems(fake: ReturnType<typeof createFakeElectron>): TrayItem[] {
  const tray = fake.trays[0]!;
  const menu = tray.setContextMenu.mock.calls.at(-1)![0] as { template: TrayItem[] };
  return menu.template;
}

function callback(id: string, at: string) {
  return {
    id,
    kind: 'callback',
    customerId: 'c-harbor',
    customerName: 'Harbor Point Dental Group',
    fireAt: { kind: 'instant', at },
    detail: 'Call back about invoice 1042',
    amountMinor: null,
    currency: null,
    method: null,
  };
}

describe('main with the window closed', () => {
  it('hides the window on close, and really closes it when the app quits', async () => {
    const { fake, window } = await startedApp();
    window.close();
    expect(window.hide).toHaveBeenCalled();
    expect(window.isDestroyed()).toBe(false);

    fake.electron.app.quit();
    expect(window.isDestroyed()).toBe(true);
  });

  it('closes the window for real when the user turned close-to-tray off', async () => {
    const { invoke, window } = await startedApp();
    expect(await invoke('preferences:set', { closeToTray: false })).toMatchObject({ ok: true });
    window.close();
    expect(window.isDestroyed()).toBe(true);
  });

  it('puts an icon in the tray whose menu opens the app and quits', async () => {
    const { fake, window } = await startedApp();
    expect(fake.trays).toHaveLength(1);
    expect(fake.trays[0]!.setToolTip).toHaveBeenCalledWith('Call Desk');
    const items = trayItems(fake);
    expect(items.map((item) => item.label)).toEqual(expect.arrayContaining(['Due today', 'Nothing due today', 'Open Call Desk', 'Quit']));

    window.close(); // hidden in the tray
    items.find((item) => item.label === 'Open Call Desk')!.click!();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();

    items.find((item) => item.label === 'Quit')!.click!();
    expect(fake.electron.app.quit).toHaveBeenCalled();
    expect(window.isDestroyed()).toBe(true);
  });

  it('registers start at login with the OS when the preference changes', async () => {
    const { fake, invoke } = await startedApp();
    await invoke('preferences:set', { startAtLogin: true });
    expect(fake.electron.app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true });
  });

  it('shows a due reminder as an OS notification; a click brings the window forward on that customer', async () => {
    // At midday on this machine's clock: a minute earlier is still today, which the tray lists
    // (run just after midnight, the reminder would fall on yesterday).
    const midday = new Date();
    midday.setHours(12, 0, 0, 0);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(midday);
    const { fake, invoke, window } = await startedApp();
    window.close();
    const past = new Date(Date.now() - 60_000).toISOString();
    expect(await invoke('reminders:sync', { mode: 'replace', entries: [callback('cb-1', past)] })).toMatchObject({ ok: true });
    expect(fake.notifications.map((n) => n.options)).toEqual([
      { title: 'Callback due: Harbor Point Dental Group', body: 'Call back about invoice 1042' },
    ]);
    expect(fake.notifications[0]!.show).toHaveBeenCalled();
    // The tray now lists it under "Due today".
    expect(trayItems(fake).some((item) => item.label?.includes('Harbor Point Dental Group'))).toBe(true);

    fake.notifications[0]!.emit('click');
    expect(window.show).toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledWith('reminder:activated', { customerId: 'c-harbor' });
  });

  it('fires what fell due during sleep when the machine wakes', async () => {
    const { fake, invoke } = await startedApp();
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    await invoke('reminders:sync', { mode: 'replace', entries: [callback('cb-1', inAnHour)] });
    expect(fake.notifications).toHaveLength(0);

    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 2 * 3_600_000);
    fake.electron.powerMonitor.emit('resume');
    await vi.waitFor(() => expect(fake.notifications).toHaveLength(1));
    fake.electron.powerMonitor.emit('unlock-screen');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.notifications).toHaveLength(1);
  });
});
