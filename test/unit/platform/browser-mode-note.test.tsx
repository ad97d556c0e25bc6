// @vitest-environment jsdom
// The header's note in browser mode: there only when main says so, saying what differs.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BrowserModeNote } from '../../../renderer/platform/BrowserModeNote';
import type { AppInfo, CallDeskBridge } from '../../../shared/ipc/contract';

const desktop: AppInfo = {
  name: 'Call Desk',
  version: '0.1.0',
  platform: 'linux',
  dataDirectory: '/home/ana/.config/Call Desk',
  electronVersion: '41.10.0',
  browserMode: null,
};
const browser: AppInfo = { ...desktop, electronVersion: null, browserMode: { exportsFolder: '/home/ana/.config/Call Desk/exports' } };

const clients: QueryClient[] = [];

afterEach(() => {
  cleanup();
  clients.splice(0);
  vi.unstubAllGlobals();
  delete window.callDesk;
});

function renderWith(info: AppInfo) {
  window.callDesk = { invoke: vi.fn<CallDeskBridge['invoke']>(async () => ({ ok: true, value: info })), on: () => () => {} };
  const client = new QueryClient();
  clients.push(client);
  render(
    <QueryClientProvider client={client}>
      <header>
        <BrowserModeNote />
      </header>
    </QueryClientProvider>,
  );
}

describe('BrowserModeNote', () => {
  it('says nothing in the desktop app', async () => {
    renderWith(desktop);
    // Once main's answer is in and drawn.
    await vi.waitFor(() => expect(clients[0]?.getQueryState(['app-info'])?.status).toBe('success'));
    await act(async () => {});
    expect(screen.queryByRole('button', { name: 'Running in browser mode' })).toBeNull();
  });

  it('says the app runs in the browser, and on a click where saved files go', async () => {
    vi.stubGlobal('Notification', { permission: 'granted', requestPermission: vi.fn() });
    renderWith(browser);
    fireEvent.click(await screen.findByRole('button', { name: 'Running in browser mode' }));
    const about = screen.getByRole('dialog', { name: 'Running in browser mode' });
    expect(about.textContent).toContain('/home/ana/.config/Call Desk/exports');
    expect(about.textContent).toContain('There is no tray icon');
    expect(about.textContent).toContain('Reminder notifications are on.');
  });

  it('offers to allow notifications until the browser has been asked', async () => {
    const requestPermission = vi.fn(async () => 'granted' as NotificationPermission);
    vi.stubGlobal('Notification', { permission: 'default', requestPermission });
    renderWith(browser);
    fireEvent.click(await screen.findByRole('button', { name: 'Running in browser mode' }));
    fireEvent.click(screen.getByRole('button', { name: 'Allow reminder notifications' }));
    expect(await screen.findByText('Reminder notifications are on.')).toBeTruthy();
    expect(requestPermission).toHaveBeenCalledTimes(1);
  });
});
