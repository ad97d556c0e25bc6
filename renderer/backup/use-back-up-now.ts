// "Back up now": main asks where, then a backup of the whole database is made (in the worker) and
// handed to main piece by piece as it is made. Main reads the file back before it says it was saved.
import { useState } from 'react';
import type { BackupSummary } from '../../shared/backup/backup-format';
import { todayIn } from '../../shared/dates/calendar';
import { useDb } from '../data/db-context';
import { backupOfDatabase, suggestedBackupName } from './app-backups';
import { saveBackupAs } from './backup-transfer';
import { errorMessage } from '../../shared/common/error-message';

export type BackUpNowState =
  | { step: 'idle' }
  | { step: 'working' }
  | { step: 'saved'; path: string; fileName: string; summary: BackupSummary; size: number }
  | { step: 'failed'; message: string };

export function useBackUpNow(timeZone: string) {
  const db = useDb();
  const [state, setState] = useState<BackUpNowState>({ step: 'idle' });

  const backUpNow = async () => {
    setState({ step: 'working' });
    try {
      const saved = await saveBackupAs(backupOfDatabase(db), suggestedBackupName(todayIn(timeZone, new Date())));
      setState(
        saved.saved
          ? { step: 'saved', path: saved.path, fileName: saved.fileName, summary: saved.made.summary, size: saved.made.size }
          : { step: 'idle' },
      );
    } catch (error) {
      setState({ step: 'failed', message: `The backup was not saved: ${errorMessage(error)}` });
    }
  };

  return { state, backUpNow };
}
