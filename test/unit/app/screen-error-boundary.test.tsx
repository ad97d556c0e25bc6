// @vitest-environment jsdom
// A screen that throws while drawing shows a way on (Settings, a restore) in its own place and
// starts afresh on the next route; a failing Settings section leaves the others drawn.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { takeBackupsFocusRequest } from '../../../renderer/backup/backups-focus';
import { ScreenErrorBoundary } from '../../../renderer/app/ScreenErrorBoundary';
import { SectionErrorBoundary } from '../../../renderer/settings/SectionErrorBoundary';

function Broken(): never {
  throw new RangeError('Invalid time zone specified: Mars/Olympus_Mons');
}

describe('the error boundaries', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    window.location.hash = '#/customers';
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('shows the failed screen’s way on, and draws the next route afresh', () => {
    const { rerender } = render(
      <ScreenErrorBoundary resetKey="customers">
        <Broken />
      </ScreenErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This screen could not be shown');
    expect(alert.textContent).toContain('Mars/Olympus_Mons');
    fireEvent.click(screen.getByRole('button', { name: 'Restore a backup' }));
    expect(window.location.hash).toBe('#/settings');
    expect(takeBackupsFocusRequest()).toBe(true);

    rerender(
      <ScreenErrorBoundary resetKey="settings">
        <p>Settings drawn</p>
      </ScreenErrorBoundary>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Settings drawn')).toBeTruthy();
  });

  it('keeps the error while the route stays the same', () => {
    const { rerender } = render(
      <ScreenErrorBoundary resetKey="customers">
        <Broken />
      </ScreenErrorBoundary>,
    );
    rerender(
      <ScreenErrorBoundary resetKey="customers">
        <p>Would be drawn</p>
      </ScreenErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Go to Settings' }));
    expect(window.location.hash).toBe('#/settings');
  });

  it('takes down one Settings section only', () => {
    render(
      <>
        <SectionErrorBoundary name="Calling rules">
          <Broken />
        </SectionErrorBoundary>
        <SectionErrorBoundary name="Backups">
          <p>Restore from backup…</p>
        </SectionErrorBoundary>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toContain('The Calling rules section could not be shown');
    expect(screen.getByText('Restore from backup…')).toBeTruthy();
  });
});
