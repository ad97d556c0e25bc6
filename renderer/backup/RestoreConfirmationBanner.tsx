// Shown once when the app opens right after a restore: which backup the data now comes from, and
// where the safety copy of the data it replaced is.
import { useEffect, useRef, useState } from 'react';
import { officeClockOf } from '../../shared/dates/office-time';
import { useSettings } from '../settings/queries';
import { Button } from '../ui/Button';
import { backupTimeText, recordCountsText } from './backup-wording';
import { restoreConfirmationAtStart } from './restore-confirmation';
import './backups.css';

export function RestoreConfirmationBanner() {
  const [restored, setRestored] = useState(restoreConfirmationAtStart);
  const settings = useSettings().data;
  const office = officeClockOf(settings ?? { officeTimeZone: 'UTC', locale: 'en-US' });
  const ref = useRef<HTMLDivElement>(null);
  const shown = restored !== null;
  // The page just reloaded: put the user on the news rather than at the top of an unknown page.
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  if (!restored) return null;
  return (
    <div ref={ref} role="status" className="restore-confirmation" tabIndex={-1}>
      <p>
        <strong>Your data was restored from the backup made on {backupTimeText(restored.backupCreatedAt, office)}.</strong> It now holds{' '}
        {recordCountsText(restored.counts)}.
        {restored.safetyCopy && (
          <>
            {' '}
            Your data as it was just before is kept as <span className="backups-section__path">{restored.safetyCopy}</span> in the backups
            folder (Settings → Backups, “Before restore”).
          </>
        )}
      </p>
      {restored.leftOut.length > 0 && <LeftOutList leftOut={restored.leftOut} />}
      <Button onClick={() => setRestored(null)}>Dismiss</Button>
    </div>
  );
}

const listedAtMost = 20;

function LeftOutList({ leftOut }: { leftOut: readonly string[] }) {
  return (
    <div className="restore-confirmation__left-out">
      <p>
        {leftOut.length === 1 ? 'One record was left out' : `${leftOut.length} records were left out`} because the backup held them damaged
        or incomplete:
      </p>
      <ul>
        {leftOut.slice(0, listedAtMost).map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      {leftOut.length > listedAtMost && <p>…and {leftOut.length - listedAtMost} more.</p>}
    </div>
  );
}
