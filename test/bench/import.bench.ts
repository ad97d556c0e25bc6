// The import's speed (issue 9): a 100,000-invoice / 10,000-customer QuickBooks Online A/R aging
// CSV imported into an empty database through the app's own code (the import worker's read,
// layout, interpretation and matching, then the safety copy and the apply), against a raw Dexie
// bulkPut of the same rows; then the same books a week later re-imported. Each figure has a floor
// measured in the same run. Written to test/bench/import-results.json and a table on stdout.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from '@playwright/test';
import { maxBackupChunkBytes } from '../../shared/ipc/backup-transfer-contract';
import { startTestHost } from '../host/test-host';
import { repoRoot } from '../host/paths';
import { benchSiteDir, buildBenchSite, openBenchPage } from './bench-site';
import { writeResults, type Metric } from './stats';

const siteDir = benchSiteDir;
const resultsFile = path.join(repoRoot, 'test', 'bench', 'import-results.json');

test('Call Desk import benchmark', async () => {
  test.setTimeout(30 * 60_000);
  buildBenchSite();

  // A fresh profile: the import starts from an empty database and leaves the main bench's alone.
  const profileDir = mkdtempSync(path.join(os.tmpdir(), 'call-desk-import-bench-'));
  // The app's piece size for the safety copy, as Electron's main gives it (the e2e host's is 16 KB,
  // so each spec's backups cross in several pieces; 13 MB in those took 850 round trips).
  const host = await startTestHost({ rendererDir: siteDir, backupChunkBytes: maxBackupChunkBytes });
  const { context, page } = await openBenchPage(host, profileDir);
  try {
    await page.evaluate(() => window.callDeskImportBench.resetImportDb());
    const first = await page.evaluate(() => window.callDeskImportBench.timeImport('first'));
    const afterFirst = await page.evaluate(() => window.callDeskImportBench.storedCounts());
    const bulkPut = await page.evaluate(() => window.callDeskImportBench.timeRawBulkPut());
    const storedReadMs = await page.evaluate(() => window.callDeskImportBench.timeStoredRead());
    const weekLater = await page.evaluate(() => window.callDeskImportBench.timeImport('weekLater'));
    const afterWeekLater = await page.evaluate(() => window.callDeskImportBench.storedCounts());

    const metrics: Record<string, Metric> = {
      // Parse, match and write into an empty database, over the same rows written raw.
      import_100k_ratio: {
        value: first.totalMs / bulkPut.ms,
        unit: 'ratio',
        target: 1.3,
        floor: 1,
        floorWhat: `raw Dexie bulkPut of the same rows: ${Math.round(bulkPut.ms)} ms`,
      },
      // The same books a week later: preview (read, interpret, match) and apply.
      reimport_100k_ms: {
        value: weekLater.totalMs,
        unit: 'ms',
        target: 10_000,
        floor: storedReadMs,
        floorWhat: 'read the stored customers and invoices once',
      },
    };
    const table = writeResults(resultsFile, metrics, {
      machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
      import_100k_ms: Math.round(first.totalMs),
      raw_bulk_put_ms: Math.round(bulkPut.ms),
      raw_bulk_put_rows: bulkPut.rows,
      stored_read_ms: Math.round(storedReadMs * 10) / 10,
      first_import: first,
      week_later_import: weekLater,
      stored_after_first: afterFirst,
      stored_after_week_later: afterWeekLater,
      measuredAt: new Date().toISOString(),
    });
    console.info(`\n${table}\n\nWritten to ${path.relative(repoRoot, resultsFile)}`);
  } finally {
    await context.close();
    await host.stop();
    rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
  }
});
