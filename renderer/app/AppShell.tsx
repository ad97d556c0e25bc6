import { lazy, Suspense, useEffect, useState } from 'react';
import { RestoreConfirmationBanner } from '../backup/RestoreConfirmationBanner';
import { CallInProgressBar } from '../calls/CallInProgressBar';
import { CustomerFileScreen } from '../customers/CustomerFileScreen';
import { CustomerFormDialog } from '../customers/CustomerFormDialog';
import { CustomerListScreen } from '../customers/CustomerListScreen';
import { BulkExportHeaderStatus } from '../export/BulkExportHeaderStatus';
import { BulkExportProvider } from '../export/BulkExportProvider';
import { FollowUpsNavLink } from '../follow-ups/FollowUpsNavLink';
import { useImportEntryPoints } from '../import/use-import-entry-points';
import { onMainEvent } from '../platform/bridge';
import { BrowserModeNote } from '../platform/BrowserModeNote';
import { isInsideElectron } from '../platform/environment';
import { useReminderActivation } from '../reminders/use-reminder-activation';
import { useSettings } from '../settings/queries';
import { CallingSessionBar } from '../today/CallingSessionBar';
import { TodayScreen } from '../today/TodayScreen';
import { CheckForUpdatesDialog } from '../updates/CheckForUpdatesDialog';
import { requestSearchFocus, runCommand, useCommand } from '../shell/commands';
import {
  bulkExportScreen,
  callWorkspace,
  dashboardScreen,
  followUpsScreen,
  importScreen,
  promisesScreen,
  ScreenLoading,
  scriptLibraryScreen,
  scriptScreen,
  settingsScreen,
} from './lazy-screens';
import { navigate, routes, useRoute, type Route } from '../shell/router';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';
import { ShortcutsDialog } from './ShortcutsDialog';
import { commandForKeyEvent } from '../shell/shortcuts';
import { useStartupSettled, useStartupWatch } from './startup-settled';
import { useAppliedTheme } from './theme';

// Started once the first screen has settled (startup-settled.ts); its code loads then too.
const BackgroundWork = lazy(async () => ({ default: (await import('./BackgroundWork')).BackgroundWork }));

function useGlobalShortcuts(): void {
  useEffect(() => {
    // Inside Electron the native menu owns these accelerators and sends menu:command instead.
    if (isInsideElectron()) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandForKeyEvent(event);
      if (!command) return;
      event.preventDefault();
      runCommand(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    try {
      return onMainEvent('menu:command', (command) => runCommand(command));
    } catch {
      return undefined; // no bridge: plain browser without a host
    }
  }, []);
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'today':
      return <TodayScreen />;
    case 'customers':
      return <CustomerListScreen />;
    case 'new-customer':
      return (
        <>
          <CustomerListScreen />
          <CustomerFormDialog
            onClose={() => navigate(routes.customers())}
            onSaved={(customer) => navigate(routes.customer(customer.id), { replace: true })}
          />
        </>
      );
    case 'customer':
      return <CustomerFileScreen key={route.customerId} customerId={route.customerId} />;
    case 'call':
      return <callWorkspace.Screen key={route.callId} customerId={route.customerId} callId={route.callId} />;
    case 'promises':
      return <promisesScreen.Screen filter={route.filter} />;
    case 'follow-ups':
      return <followUpsScreen.Screen />;
    case 'settings':
      return <settingsScreen.Screen />;
    case 'scripts':
      return <scriptLibraryScreen.Screen />;
    case 'script':
      return <scriptScreen.Screen key={route.scriptId} scriptId={route.scriptId} />;
    case 'export':
      return <bulkExportScreen.Screen />;
    case 'import':
      return <importScreen.Screen />;
    case 'dashboard':
      return <dashboardScreen.Screen />;
    case 'not-found':
      return (
        <main className="screen">
          <h1>Page not found</h1>
          <p>
            <a href={routes.customers()}>Back to customers</a>
          </p>
        </main>
      );
  }
}

function Shell() {
  const route = useRoute();
  const [showShortcuts, setShowShortcuts] = useState(false);
  const [checkingForUpdates, setCheckingForUpdates] = useState(false);
  useGlobalShortcuts();
  useReminderActivation();
  useStartupWatch();
  const settled = useStartupSettled();
  useAppliedTheme(useSettings().data?.theme ?? 'system');

  useCommand('go-today', () => navigate(routes.today()));
  useCommand('go-customers', () => navigate(routes.customers()));
  useCommand('go-dashboard', () => navigate(routes.dashboard()));
  useCommand('new-customer', () => navigate(routes.newCustomer()));
  useCommand('open-settings', () => navigate(routes.settings()));
  useCommand('show-shortcuts', () => setShowShortcuts(true));
  useCommand('check-for-updates', () => setCheckingForUpdates(true));
  useImportEntryPoints();
  useCommand('find-customer', () => {
    requestSearchFocus();
    if (route.name !== 'customers') navigate(routes.customers());
  });

  const section =
    route.name === 'today' ||
    route.name === 'settings' ||
    route.name === 'promises' ||
    route.name === 'follow-ups' ||
    route.name === 'export' ||
    route.name === 'import' ||
    route.name === 'dashboard'
      ? route.name
      : route.name === 'scripts' || route.name === 'script'
        ? 'scripts'
        : 'customers';
  return (
    <div className="app">
      <header className="app-header">
        <span className="brand">Call Desk</span>
        <nav aria-label="Main">
          <a href={routes.today()} aria-current={section === 'today' ? 'page' : undefined}>
            Today
          </a>
          <a href={routes.customers()} aria-current={section === 'customers' ? 'page' : undefined}>
            Customers
          </a>
          <a href={routes.dashboard()} aria-current={section === 'dashboard' ? 'page' : undefined}>
            Dashboard
          </a>
          <a href={routes.promises()} aria-current={section === 'promises' ? 'page' : undefined}>
            Promises
          </a>
          <FollowUpsNavLink current={section === 'follow-ups'} counting={settled} />
          <a href={routes.scripts()} aria-current={section === 'scripts' ? 'page' : undefined}>
            Scripts
          </a>
          <a href={routes.import()} aria-current={section === 'import' ? 'page' : undefined}>
            Import
          </a>
          <a href={routes.export()} aria-current={section === 'export' ? 'page' : undefined}>
            Export
          </a>
          <a href={routes.settings()} aria-current={section === 'settings' ? 'page' : undefined}>
            Settings
          </a>
        </nav>
        <span className="spacer" />
        <BrowserModeNote />
        <BulkExportHeaderStatus onExportScreen={section === 'export'} />
        {settled && (
          <Suspense fallback={null}>
            <BackgroundWork />
          </Suspense>
        )}
        <button type="button" className="help-button" onClick={() => setShowShortcuts(true)}>
          <span className="help-label">Keyboard shortcuts </span>
          <kbd>F1</kbd>
        </button>
      </header>
      <CallInProgressBar currentCallId={route.name === 'call' ? route.callId : null} />
      <CallingSessionBar customerOnScreen={route.name === 'customer' ? route.customerId : null} />
      <div className="app-main">
        <RestoreConfirmationBanner />
        <ScreenErrorBoundary resetKey={JSON.stringify(route)}>
          <Suspense fallback={<ScreenLoading />}>
            <Screen route={route} />
          </Suspense>
        </ScreenErrorBoundary>
      </div>
      {showShortcuts && <ShortcutsDialog onClose={() => setShowShortcuts(false)} />}
      {checkingForUpdates && <CheckForUpdatesDialog onClose={() => setCheckingForUpdates(false)} />}
    </div>
  );
}

/** The export run lives above the screens, so a multi-account export outlives leaving Export. */
export function AppShell() {
  return (
    <BulkExportProvider>
      <Shell />
    </BulkExportProvider>
  );
}
