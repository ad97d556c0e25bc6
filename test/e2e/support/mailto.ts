// A mailto: URL main was asked to open, taken apart as a mail app would read it.
export function decodeMailto(url: string): { to: string; subject: string; body: string } {
  const parsed = new URL(url);
  const params = new Map(
    parsed.search
      .slice(1)
      .split('&')
      .map((pair) => pair.split('=') as [string, string]),
  );
  return {
    to: decodeURIComponent(parsed.pathname),
    subject: decodeURIComponent(params.get('subject') ?? ''),
    body: decodeURIComponent(params.get('body') ?? ''),
  };
}
