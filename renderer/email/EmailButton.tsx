// "Email…" on the customer file: opens the template e-mail dialog.
import { useState } from 'react';
import type { Settings } from '../../shared/settings/schema';
import type { CustomerFile } from '../customers/customer-repository';
import { useNow } from '../shell/clock';
import { Button } from '../ui/Button';
import { EmailTemplateDialog } from './EmailTemplateDialog';

export function EmailButton({ file, settings }: { file: CustomerFile; settings: Settings }) {
  const [open, setOpen] = useState(false);
  const now = useNow();
  return (
    <>
      <Button aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Email…
      </Button>
      {open && <EmailTemplateDialog file={file} settings={settings} now={now} onClose={() => setOpen(false)} />}
    </>
  );
}
