// @vitest-environment jsdom
// "Check for updates…" says which version is running and where releases are published, as text
// to copy: it never opens a link or asks main for anything but the app's own facts.
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppInfo, CallDeskBridge, IpcResult } from '../../../shared/ipc/contract';
import { releasesPageUrl } from '../../../shared/updates/releases';
import { AboutSection } from '../../../renderer/settings/AboutSection';
import { CheckForUpdatesDialog } from '../../../renderer/updates/CheckForUpdatesDialog';
import { renderWithDb } from '../forms/render-with-db';

const info: AppInfo = {
  name: 'Call Desk',
  version: '1.4.2',
  platform: 'win32',
  dataDirectory: 'C:\\Users\\ana\\AppData\\Roaming\\Call Desk',
  electronVersion: '41.10.0',
  browserMode: null,
};

function installBridge(reply: IpcResult = { ok: true, value: info }) {
  const invoke = vi.fn<CallDeskBridge['invoke']>(async () => reply);
  window.callDesk = { invoke, on: () => () => {} };
  return invoke;
}

afterEach(() => {
  delete window.callDesk;
});

/** The dialog's own Close button (the × in its header is named Close too). */
function closeButton(dialog: HTMLElement): HTMLElement {
  const button = within(dialog)
    .getAllByRole('button', { name: 'Close' })
    .find((b) => b.textContent === 'Close');
  if (!button) throw new Error('no Close button');
  return button;
}

describe('CheckForUpdatesDialog', () => {
  it('tells the running version and the releases page, with the address selected to copy', async () => {
    const invoke = installBridge();
    const onClose = vi.fn();
    renderWithDb(<CheckForUpdatesDialog onClose={onClose} />);

    const dialog = screen.getByRole('dialog', { name: 'Check for updates' });
    await within(dialog).findByText('1.4.2');
    expect(dialog.textContent).toContain('You are using Call Desk version 1.4.2.');
    expect(dialog.textContent).toContain('Call Desk does not connect to the internet by itself');

    const address = within(dialog).getByRole('textbox', { name: 'Releases page' }) as HTMLInputElement;
    expect(address.value).toBe(releasesPageUrl);
    expect(address.value).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/releases$/);
    expect(address.readOnly).toBe(true);
    // The dialog opens on the address, all of it selected: one key press copies it.
    expect(document.activeElement).toBe(address);
    expect([address.selectionStart, address.selectionEnd]).toEqual([0, releasesPageUrl.length]);

    // Only the app's own facts are asked of main: nothing is opened or fetched.
    expect(invoke.mock.calls.map(([channel]) => channel)).toEqual(['app:get-info']);

    fireEvent.click(closeButton(dialog));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes on Escape', () => {
    installBridge();
    const onClose = vi.fn();
    renderWithDb(<CheckForUpdatesDialog onClose={onClose} />);
    fireEvent(screen.getByRole('dialog', { name: 'Check for updates' }), new Event('cancel', { cancelable: true }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('says so when main cannot tell the version, and still shows where releases are', async () => {
    installBridge({ ok: false, error: { code: 'failed', message: 'The app’s details are not available yet.' } });
    renderWithDb(<CheckForUpdatesDialog onClose={() => {}} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('The version could not be read: The app’s details are not available yet.');
    expect((screen.getByRole('textbox', { name: 'Releases page' }) as HTMLInputElement).value).toBe(releasesPageUrl);
  });
});

describe('Settings ▸ About Call Desk', () => {
  it('shows the version and opens the update check, then gives the focus back', async () => {
    installBridge();
    renderWithDb(<AboutSection />);
    const section = screen.getByRole('region', { name: 'About Call Desk' });
    await within(section).findByText('1.4.2');
    expect(section.textContent).toContain('never checks for updates by itself');

    const button = within(section).getByRole('button', { name: 'Check for updates…' });
    button.focus();
    fireEvent.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Check for updates' });
    expect(within(dialog).getByText('1.4.2')).toBeTruthy();
    fireEvent.click(closeButton(dialog));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('says the version is shown in the desktop app when there is no main to ask', () => {
    renderWithDb(<AboutSection />);
    expect(screen.getByRole('region', { name: 'About Call Desk' }).textContent).toContain('The version is shown in the desktop app.');
  });
});
