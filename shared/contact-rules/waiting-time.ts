// Plain phrases for how long ago something happened and how long until a rule stops blocking,
// so the breach messages read the same whatever the office locale's date format is.

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

function count(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** "in 5 days", "in 3 hours", "in 20 minutes": rounded up, so the rule has surely lapsed by then. */
export function inAbout(ms: number): string {
  if (ms < hourMs) return `in ${count(Math.max(1, Math.ceil(ms / minuteMs)), 'minute')}`;
  if (ms < 2 * dayMs) return `in ${count(Math.ceil(ms / hourMs), 'hour')}`;
  return `in ${count(Math.ceil(ms / dayMs), 'day')}`;
}

/** "2 days ago", "5 hours ago", "10 minutes ago": rounded down. */
export function agoText(ms: number): string {
  if (ms < hourMs) return ms < minuteMs ? 'just now' : `${count(Math.floor(ms / minuteMs), 'minute')} ago`;
  if (ms < dayMs) return `${count(Math.floor(ms / hourMs), 'hour')} ago`;
  return `${count(Math.floor(ms / dayMs), 'day')} ago`;
}
