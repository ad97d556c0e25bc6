// The one Content-Security-Policy for every renderer page. Main's app:// protocol handler and
// the e2e test host send it as a response header; renderer/index.html repeats it in a meta tag
// (a meta CSP cannot carry frame-ancestors, which is why the header matters). media-src allows
// blob: for one thing: a call recording's player is fed a blob: URL made from its stored bytes.
export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "media-src 'self' blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
  "frame-ancestors 'none'";
