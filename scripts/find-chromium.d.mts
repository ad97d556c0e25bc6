export const chromiumVariable: 'CALLDESK_CHROMIUM';
export const noChromiumInstruction: string;

export type ChromiumSearch = { path: string; source: 'variable' | 'playwright' | 'system' } | { path: null; problem: string };

export interface ChromiumSearchOptions {
  env?: Record<string, string | undefined>;
  platform?: string;
  home?: string;
  fileExists?: (file: string) => boolean;
  playwrightChromium?: () => string | null;
}

export function usualChromiumPaths(platform: string, env: Record<string, string | undefined>, home: string): string[];
export function findChromium(options?: ChromiumSearchOptions): ChromiumSearch;
export function requireChromium(options?: ChromiumSearchOptions): string;
