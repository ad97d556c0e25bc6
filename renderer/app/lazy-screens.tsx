// The screens the app does not open on, each in its own script file: loaded the first time the
// user goes there, and fetched ahead in idle moments once the first screen has settled, so the
// first visit rarely waits either. The customer list and file stay in the main script.
import { lazy, useEffect, type ComponentProps, type ComponentType } from 'react';

interface LazyScreen<P> {
  Screen: ComponentType<P>;
  /** Loads the screen's code (once); used to fetch it ahead. */
  preload(): Promise<unknown>;
}

// `any`: React.lazy's own constraint, so each screen keeps its exact props type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function lazyScreen<C extends ComponentType<any>>(load: () => Promise<C>): LazyScreen<ComponentProps<C>> {
  let loading: Promise<C> | null = null;
  const preload = () => {
    loading ??= load().catch((error: unknown) => {
      loading = null; // a later visit tries again
      throw error;
    });
    return loading;
  };
  const Screen = lazy(async () => ({ default: await preload() }));
  return { Screen: Screen as unknown as ComponentType<ComponentProps<C>>, preload };
}

export const callWorkspace = lazyScreen(async () => (await import('../calls/CallWorkspace')).CallWorkspace);
export const promisesScreen = lazyScreen(async () => (await import('../promises/PromisesScreen')).PromisesScreen);
export const followUpsScreen = lazyScreen(async () => (await import('../follow-ups/FollowUpsScreen')).FollowUpsScreen);
export const importScreen = lazyScreen(async () => (await import('../import/ImportScreen')).ImportScreen);
export const bulkExportScreen = lazyScreen(async () => (await import('../export/BulkExportScreen')).BulkExportScreen);
export const dashboardScreen = lazyScreen(async () => (await import('../dashboard/DashboardScreen')).DashboardScreen);
export const scriptLibraryScreen = lazyScreen(async () => (await import('../scripts/library/ScriptLibraryScreen')).ScriptLibraryScreen);
export const scriptScreen = lazyScreen(async () => (await import('../scripts/library/ScriptScreen')).ScriptScreen);
export const settingsScreen = lazyScreen(async () => (await import('../settings/SettingsScreen')).SettingsScreen);

/** Most likely next first: a call from the list, then the other sections in menu order. */
const prefetchOrder = [
  callWorkspace,
  promisesScreen,
  followUpsScreen,
  dashboardScreen,
  importScreen,
  bulkExportScreen,
  scriptLibraryScreen,
  scriptScreen,
  settingsScreen,
];

/** Fetches every screen's code ahead, one per idle moment (call once the first screen has settled). */
export function usePrefetchScreens(): void {
  useEffect(() => {
    let cancelled = false;
    const idle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run) : setTimeout(run, 0));
    const next = (index: number) => {
      const screen = prefetchOrder[index];
      if (cancelled || !screen) return;
      idle(() => {
        if (cancelled) return;
        screen.preload().then(
          () => next(index + 1),
          () => next(index + 1), // a real visit reports the failure
        );
      });
    };
    next(0);
    return () => {
      cancelled = true;
    };
  }, []);
}

/** What a screen shows while its code loads. */
export function ScreenLoading() {
  return (
    <main className="screen">
      <p className="loading" role="status">
        Loading…
      </p>
    </main>
  );
}
