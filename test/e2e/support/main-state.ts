// How long a test waits for main's state (the reminder schedule, files, dialogs) to follow the
// page. It changes after the renderer's debounced sync and a file write; on a busy 2-core CI box
// that can take far longer than Playwright's 5 s default, so polls on host state wait for the
// state itself, up to this long.
export const waitForMain = { timeout: 30_000 } as const;
