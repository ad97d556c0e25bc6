// Settings ▸ About Call Desk: the version running, and the way to the update check.
import { useId, useState } from 'react';
import { Button } from '../ui/Button';
import { CheckForUpdatesDialog } from '../updates/CheckForUpdatesDialog';
import { RunningVersion } from '../updates/RunningVersion';

export function AboutSection() {
  const headingId = useId();
  const [checking, setChecking] = useState(false);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>About Call Desk</h2>
      <RunningVersion />
      <p>Call Desk works without the internet and never checks for updates by itself.</p>
      <Button onClick={() => setChecking(true)}>Check for updates…</Button>
      {checking && <CheckForUpdatesDialog onClose={() => setChecking(false)} />}
    </section>
  );
}
