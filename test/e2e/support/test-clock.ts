// The instant an e2e test runs at, chosen by the test (fixture option `now`), not the machine's
// clock: the browser's clock starts there (Playwright's clock, then flowing), main's FakeClock
// stands there, and test-side expectations (the office's "today", the demo data) read it here.
// Set by the fixtures before each test body runs; each Playwright worker runs one test at a time.
let chosen: number | null = null;

export function setTestNow(instant: string | number | Date): void {
  const ms = new Date(instant).getTime();
  if (Number.isNaN(ms)) throw new Error(`The test clock cannot start at ${String(instant)}.`);
  chosen = ms;
}

/** The instant the test chose. */
export function testNow(): Date {
  if (chosen === null) throw new Error('The test clock is not set: use the e2e fixtures (app or host).');
  return new Date(chosen);
}
