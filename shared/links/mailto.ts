// mailto: URLs, built from their parts and only those: one address, a subject and a body. Main
// rebuilds every mailto: it is asked to open from the parts it parsed, so a link carrying cc,
// bcc, an attachment or a header smuggled into the address reaches the mail client without them.

export interface EmailDraft {
  to: string;
  subject?: string;
  body?: string;
}

const plainAddress = /^[^\s@?&#,;<>"%]+@[^\s@?&#,;<>"%]+$/;

/** A mailto: URL; subject and body are percent-encoded (spaces as %20, which mail clients expect). */
export function mailtoUrl({ to, subject, body }: EmailDraft): string {
  const address = to.trim();
  if (!plainAddress.test(address)) throw new Error(`"${to}" is not an e-mail address.`);
  const query = [subject ? `subject=${encodeURIComponent(subject)}` : '', body ? `body=${encodeURIComponent(body)}` : ''].filter(Boolean);
  return `mailto:${address}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}

/** The draft a mailto: URL asks for (its address, subject and body; anything else dropped), or null. */
export function parseMailto(url: string): EmailDraft | null {
  const text = url.trim();
  if (!/^mailto:/i.test(text)) return null;
  const rest = text.slice('mailto:'.length);
  const queryAt = rest.indexOf('?');
  let to: string;
  let params: URLSearchParams;
  try {
    to = decodeURIComponent(queryAt < 0 ? rest : rest.slice(0, queryAt));
    // URLSearchParams reads "+" as a space; in a mailto: it is a plus sign.
    params = new URLSearchParams(queryAt < 0 ? '' : rest.slice(queryAt + 1).replaceAll('+', '%2B'));
  } catch {
    return null;
  }
  if (!plainAddress.test(to.trim())) return null;
  const draft: EmailDraft = { to: to.trim() };
  for (const [key, value] of params) {
    const name = key.toLowerCase();
    if (name === 'subject' && draft.subject === undefined) draft.subject = value;
    if (name === 'body' && draft.body === undefined) draft.body = value;
  }
  return draft;
}

/** The same mailto: rebuilt from its address, subject and body only; null when it has no usable address. */
export function rebuiltMailto(url: string): string | null {
  const draft = parseMailto(url);
  return draft === null ? null : mailtoUrl(draft);
}
