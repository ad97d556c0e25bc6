// The one Content-Security-Policy for every renderer page. Main's app:// protocol handler and
// the e2e test host send it as a response header; renderer/index.html repeats it in a meta tag
// (a meta CSP cannot carry frame-ancestors, which is why the header matters).
export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
  "frame-ancestors 'none'";
