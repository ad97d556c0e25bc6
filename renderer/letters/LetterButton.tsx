// "Letter…" on the customer file: opens the letter dialog.
import { useState } from 'react';
import type { Settings } from '../../shared/settings/schema';
import type { CustomerFile } from '../customers/customer-repository';
import { useNow } from '../shell/clock';
import { Button } from '../ui/Button';
import { LetterDialog } from './LetterDialog';

export function LetterButton({ file, settings }: { file: CustomerFile; settings: Settings }) {
  const [open, setOpen] = useState(false);
  const now = useNow();
  return (
    <>
      <Button aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Letter…
      </Button>
      {open && <LetterDialog file={file} settings={settings} now={now} onClose={() => setOpen(false)} />}
    </>
  );
}
