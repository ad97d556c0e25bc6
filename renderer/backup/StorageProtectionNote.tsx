import { useEffect, useState } from 'react';
import { requestPersistentStorage, type StorageProtection } from '../data/persistent-storage';

const wording: Record<Exclude<StorageProtection, 'unknown'>, string> = {
  persistent: 'This computer keeps Call Desk’s data even when the disk runs low on space.',
  'best-effort':
    'This computer may clear stored data when the disk runs very low on space. Keep automatic backups on: Call Desk offers the newest one if that ever happens.',
};

/** One line under the backup facts: whether the system may clear the data on its own. */
export function StorageProtectionNote() {
  const [protection, setProtection] = useState<StorageProtection>('unknown');
  useEffect(() => {
    let cancelled = false;
    void requestPersistentStorage().then((answer) => !cancelled && setProtection(answer));
    return () => {
      cancelled = true;
    };
  }, []);
  if (protection === 'unknown') return null;
  return (
    <p className="muted" data-testid="storage-protection">
      {wording[protection]}
    </p>
  );
}
