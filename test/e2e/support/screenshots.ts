// The pictures in docs/screenshots are rewritten only when asked (CALL_DESK_SCREENSHOTS=1), and
// only by the default project, so an ordinary test run leaves the working tree as it was.
import path from 'node:path';
import { test } from '@playwright/test';
import { repoRoot } from '../../host/paths';

export function writesScreenshots(): boolean {
  return process.env.CALL_DESK_SCREENSHOTS === '1' && test.info().project.name === 'chromium';
}

/** Where a screenshot named `name` goes: docs/screenshots when asked for, else the test's own output folder. */
export function screenshotPath(name: string): string {
  return writesScreenshots() ? path.join(repoRoot, 'docs', 'screenshots', name) : test.info().outputPath(name);
}
