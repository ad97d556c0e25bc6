// Once per start: the stored pieces of recordings whose call no longer exists (the call was
// removed, or a restore brought back a database without it) are dropped, since no call can
// offer them back. A failure here changes nothing and is tried again at the next start.
import { useEffect } from 'react';
import { useDb } from '../data/db-context';
import { dropOrphanTakes } from './take-store';

export function useOrphanTakeCleanup(): void {
  const db = useDb();
  useEffect(() => {
    dropOrphanTakes(db).catch(() => {});
  }, [db]);
}
