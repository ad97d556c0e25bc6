// "Letter…" on the customer file: opens the letter dialog. Off, with the reason shown by the
// screen under `reasonId`, when the office may not write to the account (placed with an agency,
// or the customer asked not to be contacted).
import { useState } from 'react';
import type { Settings } from '../../shared/settings/schema';
import type { CustomerFile } from '../customers/customer-repository';
import { useNow } from '../shell/clock';
import { Button } from '../ui/Button';
import { LetterDialog } from './LetterDialog';

interface Props {
  file: CustomerFile;
  settings: Settings;
  unavailableBecause?: string | null;
  reasonId?: string;
}

export function LetterButton({ file, settings, unavailableBecause = null, reasonId }: Props) {
  const [open, setOpen] = useState(false);
  const now = useNow();
  const blocked = unavailableBecause !== null;
  return (
    <>
      <Button aria-haspopup="dialog" disabled={blocked} aria-describedby={blocked ? reasonId : undefined} onClick={() => setOpen(true)}>
        Letter…
      </Button>
      {open && <LetterDialog file={file} settings={settings} now={now} onClose={() => setOpen(false)} />}
    </>
  );
}
