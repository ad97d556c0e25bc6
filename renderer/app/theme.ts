// Light or dark: the user's choice in Settings, or the OS setting when they chose "system".
// The result is a data attribute on <html>; the colours are CSS custom properties (app.css).
import { useEffect } from 'react';
import type { ThemePreference } from '../../shared/settings/schema';

const darkQuery = '(prefers-color-scheme: dark)';

export function resolveTheme(preference: ThemePreference, systemDark: boolean): 'light' | 'dark' {
  if (preference === 'system') return systemDark ? 'dark' : 'light';
  return preference;
}

export function applyTheme(preference: ThemePreference, root: HTMLElement = document.documentElement): void {
  const systemDark = typeof window.matchMedia === 'function' && window.matchMedia(darkQuery).matches;
  root.dataset.theme = resolveTheme(preference, systemDark);
}

/** Keeps <html data-theme> in step with the preference and, for "system", with the OS. */
export function useAppliedTheme(preference: ThemePreference): void {
  useEffect(() => {
    applyTheme(preference);
    if (preference !== 'system' || typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia(darkQuery);
    const onChange = () => applyTheme('system');
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [preference]);
}
