// A confirmation email as a mailto: link (RFC 6068): the address, then subject and body as
// percent-encoded UTF-8 with CRLF line breaks. Main opens links of at most 2048 characters
// (externalUrlSchema in shared/ipc/contract.ts), so a text that would not fit is shortened here,
// on whole lines and words, keeping the sign-off and telling the reader the details will follow.

/** The longest URL main will hand to the operating system. */
export const maxMailtoLength = 2048;

export interface ConfirmationEmail {
  to: string | null;
  subject: string;
  body: string;
}

export interface FittedConfirmationEmail extends ConfirmationEmail {
  to: string;
  /** True when the subject or body had to be cut to fit the link. */
  shortened: boolean;
}

/** Said to the customer in place of what was cut. */
export const shortenedNotice = '(This message was shortened; the full details will follow in a separate email.)';

const lineBreak = encodeURIComponent('\r\n').length;
const ellipsis = '…';
/** The subject may take at most this much of the link; the body matters more. */
const subjectBudget = 400;

/** Lone surrogates (possible in pasted text) would make encodeURIComponent throw. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

const encode = (text: string) => encodeURIComponent(wellFormed(text));
const encodedLength = (text: string) => encode(text).length;
const linesLength = (lines: readonly string[]) =>
  lines.reduce((sum, line) => sum + encodedLength(line), 0) + lineBreak * Math.max(0, lines.length - 1);

/** '@' may stay as it is in the address part; everything else unsafe is percent-encoded. */
const encodeAddress = (address: string) => encode(address).replace(/%40/g, '@');

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
const splitLines = (text: string) => text.split(/\r\n|\r|\n/);

function buildUrl(to: string, subject: string, body: string): string {
  const query = [
    subject ? `subject=${encode(subject)}` : '',
    body ? `body=${splitLines(body).map(encode).join(encode('\r\n'))}` : '',
  ].filter(Boolean);
  return `mailto:${encodeAddress(to)}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}

/** How long the link for this email would be, as it stands (no shortening). */
export function mailtoLength(email: ConfirmationEmail): number {
  return buildUrl(email.to?.trim() ?? '', oneLine(email.subject), email.body).length;
}

/**
 * The email as it will go into the link: the subject on one line, and subject and body cut
 * (whole lines first, then words) when the link would be too long. Throws only when even the
 * address leaves no room for a message.
 */
export function fitConfirmationEmail(email: ConfirmationEmail): FittedConfirmationEmail {
  const to = email.to?.trim() ?? '';
  const subject = oneLine(email.subject);
  const body = splitLines(email.body).join('\n');
  if (buildUrl(to, subject, body).length <= maxMailtoLength) return { to, subject, body, shortened: false };

  const overhead = `mailto:${encodeAddress(to)}?subject=&body=`.length;
  const room = maxMailtoLength - overhead;
  if (room < 600) throw new Error('This email address is too long to put in a mail link.');
  const fittedSubject = encodedLength(subject) > subjectBudget ? cutToLength(subject, subjectBudget) : subject;
  const fittedBody = shortenBody(body, room - encodedLength(fittedSubject));
  return { to, subject: fittedSubject, body: fittedBody, shortened: true };
}

/** The mailto: link for a confirmation; throws when there is no address to send it to. */
export function confirmationMailto(email: ConfirmationEmail): string {
  const fitted = fitConfirmationEmail(email);
  if (!/^[^\s@]+@[^\s@]+$/.test(fitted.to)) {
    throw new Error(fitted.to ? `"${fitted.to}" is not an email address.` : 'There is no email address to send the confirmation to.');
  }
  return buildUrl(fitted.to, fitted.subject, fitted.body);
}

/** The longest start of `text` whose encoding (plus an ellipsis) fits, ending on a word if it can. */
function cutToLength(text: string, budget: number): string {
  const room = budget - encodedLength(ellipsis);
  let used = 0;
  let end = 0;
  for (const char of text) {
    const size = encodedLength(char);
    if (used + size > room) break;
    used += size;
    end += char.length;
  }
  if (end >= text.length) return text;
  const cut = text.slice(0, end);
  const space = cut.lastIndexOf(' ');
  return `${(space > cut.length / 2 ? cut.slice(0, space) : cut).trimEnd()}${ellipsis}`;
}

/**
 * Keeps the opening lines that fit, then the notice, then the sign-off (the last paragraph, when
 * it is short), so the reader still sees who wrote and that more is coming.
 */
function shortenBody(body: string, budget: number): string {
  const lines = body.split('\n');
  const lastBlank = lines.findLastIndex((line, i) => line.trim() === '' && i < lines.length - 1);
  const signature = lastBlank > 0 ? lines.slice(lastBlank + 1) : [];
  const keepSignature = signature.length > 0 && signature.length <= 4 && linesLength(signature) <= budget / 4;
  const tail = keepSignature ? ['', shortenedNotice, '', ...signature] : ['', shortenedNotice];
  const head = keepSignature ? lines.slice(0, lastBlank) : lines;

  let room = budget - linesLength(tail) - lineBreak;
  const kept: string[] = [];
  for (const line of head) {
    const size = encodedLength(line) + (kept.length > 0 ? lineBreak : 0);
    if (size <= room) {
      kept.push(line);
      room -= size;
      continue;
    }
    const partRoom = room - (kept.length > 0 ? lineBreak : 0);
    if (partRoom > 40) kept.push(cutToLength(line, partRoom));
    break;
  }
  while (kept.length > 0 && kept.at(-1)?.trim() === '') kept.pop();
  const result = [...kept, ...(kept.length > 0 ? tail : tail.slice(1))].join('\n');
  if (linesLength(result.split('\n')) <= budget) return result;
  // Only a budget too small for even the notice gets here: cut the text as it is encoded (CRLF).
  return cutToLength(result.replace(/\n/g, '\r\n'), budget).replace(/\r\n?/g, '\n');
}
