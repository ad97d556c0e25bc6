// Who may talk to the browser-mode server. It listens on 127.0.0.1 only, and still checks every
// request, because any web page the user opens can send requests to a local port:
// - Host must be exactly 127.0.0.1:<port>, which defeats DNS rebinding (a site whose name
//   suddenly points at 127.0.0.1 still sends its own name as Host);
// - Origin, when the browser sends one, must be this server's, so other pages cannot post here;
// - every API request carries this run's secret key in a header, which a page of another origin
//   cannot read or guess, and which a cross-origin request could only add after a preflight this
//   server never answers.
import { timingSafeEqual } from 'node:crypto';

export interface ExpectedCaller {
  /** e.g. "http://127.0.0.1:28571" */
  origin: string;
  /** This run's key; null when the server has no API at all (only the renderer's files). */
  token: string | null;
}

export interface RequestFacts {
  host: string | undefined;
  origin: string | undefined;
  token: string | undefined;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Why a request is refused (a sentence for the 403 body), or null when it may go on. */
export function refusalOf(request: RequestFacts, expected: ExpectedCaller, needsToken: boolean): string | null {
  const host = new URL(expected.origin).host;
  if (request.host !== host) return `Call Desk answers only at ${expected.origin}.`;
  if (request.origin !== undefined && request.origin !== expected.origin) return 'Call Desk does not answer requests from other pages.';
  if (!needsToken) return null;
  if (expected.token === null || request.token === undefined || !sameSecret(request.token, expected.token)) {
    return 'This page does not have the key of the running Call Desk. Open the address Call Desk printed when it started.';
  }
  return null;
}
