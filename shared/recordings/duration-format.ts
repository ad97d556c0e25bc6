// A recording's length as a player shows it: "0:07", "3:25", "1:02:09", for the call record and
// the packet's document index. Null (a length the file does not state) and nonsense print as a
// dash, like every other missing value in a printed document.

export function formatRecordingDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return '—';
  const whole = Math.round(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const secs = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${secs}` : `${minutes}:${secs}`;
}
