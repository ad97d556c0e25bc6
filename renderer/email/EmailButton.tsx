// "Email…" on the customer file: opens the template e-mail dialog. Unavailable, with the reason
// tied to it, while the office may not write to the account (placed with an agency, or asked not
// to be contacted): the screen shows `unavailableBecause` under its actions, under `reasonId`.
import { useState } from 'react';
import type { Settings } from '../../shared/settings/schema';
import type { CustomerFile } from '../customers/customer-repository';
import { useNow } from '../shell/clock';
import { Button } from '../ui/Button';
import { EmailTemplateDialog } from './EmailTemplateDialog';

interface Props {
  file: CustomerFile;
  settings: Settings;
  unavailableBecause?: string | null;
  reasonId?: string;
}

export function EmailButton({ file, settings, unavailableBecause = null, reasonId }: Props) {
  const [open, setOpen] = useState(false);
  const now = useNow();
  const blocked = unavailableBecause !== null;
  return (
    <>
      <Button aria-haspopup="dialog" disabled={blocked} aria-describedby={blocked ? reasonId : undefined} onClick={() => setOpen(true)}>
        Email…
      </Button>
      {open && !blocked && <EmailTemplateDialog file={file} settings={settings} now={now} onClose={() => setOpen(false)} />}
    </>
  );
}
