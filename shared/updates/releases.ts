// Where new versions of Call Desk are published: signed installers attached to the project's
// GitHub Releases. This is the one place the address is written. The app only shows it for the
// user to open in their own browser; it never fetches it (see "Updates" in docs/ARCHITECTURE.md).
export const releasesPageUrl = 'https://github.com/call-desk/call-desk/releases';
