// The header's "Follow-ups" link, with how many are due now: visible from every screen and
// recounted as time passes, so a callback coming due is noticed wherever the user is.
import { useNow } from '../shell/clock';
import { routes } from '../shell/router';
import { countDueNow } from './follow-up-wording';
import { useOpenFollowUps } from './queries';
import './follow-ups.css';

function DueNowCount() {
  const followUps = useOpenFollowUps();
  const now = useNow(30_000);
  // A follow-up created "due now" is due at the moment it was read, even before the next tick.
  const due = countDueNow(
    (followUps.data ?? []).map((row) => row.followUp.dueAt),
    new Date(Math.max(now.getTime(), followUps.dataUpdatedAt)),
  );
  return due > 0 ? <span className="due-now-count"> {due} due now</span> : null;
}

interface Props {
  current: boolean;
  /** False while the app starts: the count reads every open follow-up, after the first screen. */
  counting: boolean;
}

export function FollowUpsNavLink({ current, counting }: Props) {
  return (
    <a href={routes.followUps()} aria-current={current ? 'page' : undefined}>
      Follow-ups
      {counting && <DueNowCount />}
    </a>
  );
}
