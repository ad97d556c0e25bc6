import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState, type ComponentProps } from 'react';
import { DbProvider } from '../data/db-context';
import { openCallDeskDb, type CallDeskDb } from '../data/db';
import { requestPersistentStorage } from '../data/persistent-storage';
import { errorMessage } from '../../shared/common/error-message';
import type { AutomaticBackupInfo } from '../../shared/ipc/backup-contract';
import type { Settings } from '../../shared/settings/schema';
import { officeClockOf } from '../../shared/dates/office-time';
import { invoke } from '../platform/bridge';
import { isSetUp } from '../demo/first-run';
import { computerSettings } from '../settings/computer-defaults';
import { AppShell } from './AppShell';
import { ErrorBoundary } from './ErrorBoundary';
import { useAppliedTheme } from './theme';
import { navigate, routes } from '../shell/router';

type Boot =
  | { state: 'loading' }
  | { state: 'setup'; db: CallDeskDb; computer: Settings }
  /** No data here, but backups in the folder: offer them before any setup (RecoverFromBackupScreen). */
  | { state: 'recover'; db: CallDeskDb; computer: Settings; backups: AutomaticBackupInfo[]; folder: string }
  | { state: 'ready'; db: CallDeskDb }
  | { state: 'failed'; message: string };

function createQueryClient(): QueryClient {
  // The data is local: nothing goes stale behind our back, mutations invalidate what they touch.
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false, networkMode: 'always' },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}

// Shown once per installation: its code is loaded only then.
const SetupScreen = lazy(async () => ({ default: (await import('../setup/SetupScreen')).SetupScreen }));

/** The setup comes before any settings are saved, so it follows the computer's light or dark. */
function SetupFollowingTheComputer(props: ComponentProps<typeof SetupScreen>) {
  useAppliedTheme('system');
  return (
    <Suspense
      fallback={
        <p className="loading" role="status">
          Opening the setup…
        </p>
      }
    >
      <SetupScreen {...props} />
    </Suspense>
  );
}

const RecoverFromBackupScreen = lazy(async () => ({ default: (await import('../setup/RecoverFromBackupScreen')).RecoverFromBackupScreen }));

function RecoverFollowingTheComputer(props: ComponentProps<typeof RecoverFromBackupScreen>) {
  useAppliedTheme('system');
  return (
    <Suspense
      fallback={
        <p className="loading" role="status">
          Looking for your backups…
        </p>
      }
    >
      <RecoverFromBackupScreen {...props} />
    </Suspense>
  );
}

/**
 * The backups main keeps, when there are any: asked only when this computer holds no data. Main
 * not answering (a plain browser without a host) counts as none.
 */
async function backupsKept(): Promise<{ backups: AutomaticBackupInfo[]; folder: string } | null> {
  try {
    const status = await invoke('backup:status');
    return status.automatic.length > 0 ? { backups: status.automatic, folder: status.folder } : null;
  } catch {
    return null;
  }
}

export function App() {
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });
  const [queryClient] = useState(createQueryClient);

  useEffect(() => {
    let cancelled = false;
    const db = openCallDeskDb();
    void requestPersistentStorage();
    const computer = computerSettings();
    isSetUp(db, computer)
      .then(async (setUp): Promise<Boot> => {
        if (setUp) return { state: 'ready', db };
        const kept = await backupsKept();
        return kept ? { state: 'recover', db, computer, ...kept } : { state: 'setup', db, computer };
      })
      .then((next) => {
        if (!cancelled) setBoot(next);
      })
      .catch((error: unknown) => {
        if (!cancelled) setBoot({ state: 'failed', message: errorMessage(error) });
      });
    return () => {
      cancelled = true;
    };
  }, []);

  if (boot.state === 'loading')
    return (
      <p className="loading" role="status">
        Opening your accounts…
      </p>
    );
  if (boot.state === 'setup') {
    const onDone = () => {
      // Either way the office starts where the app always opens: Today (the demo accounts' calls, or an empty queue).
      navigate(routes.today(), { replace: true });
      setBoot({ state: 'ready', db: boot.db });
    };
    return <SetupFollowingTheComputer db={boot.db} computer={boot.computer} onDone={onDone} />;
  }
  if (boot.state === 'recover') {
    return (
      <QueryClientProvider client={queryClient}>
        <DbProvider db={boot.db}>
          <RecoverFollowingTheComputer
            backups={boot.backups}
            folder={boot.folder}
            office={officeClockOf(boot.computer)}
            onStartAfresh={() => setBoot({ state: 'setup', db: boot.db, computer: boot.computer })}
          />
        </DbProvider>
      </QueryClientProvider>
    );
  }
  if (boot.state === 'failed') {
    return (
      <div role="alert" className="screen">
        <h1>Call Desk could not open its data</h1>
        <p>{boot.message}</p>
        <p>Your data has not been changed. Close the app and open it again; if this keeps happening, restore a backup.</p>
      </div>
    );
  }
  return (
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <DbProvider db={boot.db}>
          <AppShell />
        </DbProvider>
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
