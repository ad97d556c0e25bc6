// "Record this call" end to end, with Chromium's fake microphone (a steady tone): the microphone
// stays refused until Record opens main's window of permission and is refused again after Stop;
// three seconds recorded are listed on the call with their length read from the stored bytes, and
// play back; a second recording still running when the call is saved is stopped and kept first,
// and both are stored as the call's recordings. The browser runs with the fake device only, not
// the flag that accepts every permission prompt: the test host grants the microphone exactly while
// main's recording access holds the window open (test/host/browser-microphone.ts). A recording
// the page lost to a reload (no Stop) is offered back from its stored pieces and kept.
import { formatRecordingDuration } from '../../shared/recordings/duration-format';
import type { Page } from '@playwright/test';
import { probeAudio } from '../../shared/recordings/audio-format';
import { expect, test } from './fixtures';
import { openCustomerBySearch } from './support/app-steps';
import { dumpDatabase } from './support/database-dump';

/** What the page gets when it asks for the microphone itself, outside the app's recorder. */
function askForMicrophone(page: Page): Promise<string> {
  return page.evaluate(async () => {
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      stream.getTracks().forEach((track) => track.stop());
      return 'granted';
    } catch (error) {
      return (error as DOMException).name;
    }
  });
}

interface StoredRecording {
  id: string;
  callId?: string;
  category: string;
  fileName: string;
  mime: string;
  durationSeconds?: number | null;
}

test('record 3 seconds with fake devices and play it back', async ({ app, host }, testInfo) => {
  test.setTimeout(120_000);
  const page = await app.launch({ fakeMediaDevices: true });
  const policyProblems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) policyProblems.push(message.text());
  });
  await openCustomerBySearch(page, 'Harbor Point');
  await page.getByRole('button', { name: 'Log a call' }).click();
  const workspace = page.getByRole('main', { name: /^Call with/ });
  await expect(workspace).toBeVisible();
  await expect(page).toHaveURL(/\/calls\//);
  const callId = decodeURIComponent(/\/calls\/([^/?#]+)/.exec(page.url())![1]!);
  const recorder = workspace.getByRole('region', { name: 'Record this call' });
  const status = recorder.getByRole('status');
  await expect(recorder).toContainText('Recording laws differ from place to place');
  const callShot = testInfo.outputPath('open-call.png');
  await page.screenshot({ path: callShot });
  await testInfo.attach('open call with Record this call', { path: callShot, contentType: 'image/png' });

  // Nothing may use the microphone before Record.
  expect(await askForMicrophone(page)).toBe('NotAllowedError');
  expect(host.services.recordings.openCallers()).toEqual([]);

  // The take lasts from Record to Stop; on a busy machine Stop may land a few seconds after the
  // strip says 0:03, so the length is checked against the time that really passed.
  const recordClickedAt = Date.now();
  await recorder.getByRole('button', { name: 'Record this call' }).click();
  await expect(status).toHaveText(/^Recording 0:0\d$/);
  expect(host.services.recordings.openCallers()).toHaveLength(1);
  // The indicator counts; wait for it to say three seconds (no fixed sleep).
  await expect(status).toHaveText(/^Recording 0:0[3-9]$/, { timeout: 15_000 });
  await expect(recorder.getByRole('button', { name: 'Stop recording' })).toBeFocused();
  const shot = testInfo.outputPath('recording.png');
  await recorder.screenshot({ path: shot });
  await testInfo.attach('recording indicator', { path: shot, contentType: 'image/png' });

  await recorder.getByRole('button', { name: 'Stop recording' }).click();
  await expect(status).toHaveText(/^Kept Recording \d{4}-\d\d-\d\d \d\d\.\d\d\.webm with this call\.$/);
  const secondsPassed = (Date.now() - recordClickedAt) / 1000;
  await expect(recorder.getByRole('button', { name: 'Record this call' })).toBeFocused();
  // Stop closed main's window, and the browser's permission with it.
  await expect.poll(() => host.services.recordings.openCallers()).toEqual([]);
  expect(await askForMicrophone(page)).toBe('NotAllowedError');

  // Listed with its length, which the repository read from the stored WebM's blocks.
  const recordings = workspace.getByRole('region', { name: 'Recordings' });
  const item = recordings.getByRole('list', { name: 'Recordings of this call' }).getByRole('listitem').first();
  await expect(item).toContainText(/Length \d+:\d\d/);
  const fileName = (await item.getAttribute('aria-label'))!;
  expect(fileName).toMatch(/^Recording \d{4}-\d\d-\d\d \d\d\.\d\d\.webm$/);
  const stored = (await dumpDatabase(page)) as {
    documents: StoredRecording[];
    documentFiles: { id: string; bytes: { bytes: number[] } }[];
  };
  const document = stored.documents.find((d) => d.fileName === fileName)!;
  expect(document).toMatchObject({ category: 'call-recording', callId, mime: 'audio/webm' });
  const bytes = new Uint8Array(stored.documentFiles.find((f) => f.id === document.id)!.bytes.bytes);
  const probe = probeAudio(bytes);
  expect(probe?.mime).toBe('audio/webm');
  expect(probe!.durationSeconds!).toBeGreaterThanOrEqual(2.9);
  expect(probe!.durationSeconds!).toBeLessThanOrEqual(secondsPassed);
  await expect(item).toContainText(`Length ${formatRecordingDuration(probe!.durationSeconds!)}`);
  expect(document.durationSeconds).toBe(probe!.durationSeconds);

  // Its sound is read only now, on Play, and plays under the app's CSP.
  await expect(item.locator('audio')).toHaveCount(0);
  await item.getByRole('button', { name: `Play ${fileName}` }).click();
  const player = item.locator('audio');
  await expect(player).toHaveAttribute('src', /^blob:/);
  await expect(player).toBeFocused();
  await expect.poll(() => player.evaluate((audio: HTMLAudioElement) => audio.currentTime), { timeout: 15_000 }).toBeGreaterThan(0.2);
  expect(policyProblems).toEqual([]);

  // A second recording is still running when the call is saved: it is stopped and kept first.
  await recorder.getByRole('button', { name: 'Record this call' }).click();
  await expect(status).toHaveText(/^Recording 0:0[1-9]$/, { timeout: 15_000 });
  const outcome = workspace.getByRole('form', { name: 'Outcome' });
  await outcome.getByRole('radio', { name: 'No answer' }).check();
  await outcome.getByRole('button', { name: /^Save outcome/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Harbor Point/ })).toBeVisible();
  await expect.poll(() => host.services.recordings.openCallers()).toEqual([]);

  // Both are stored as documents of the call, which is closed.
  const after = (await dumpDatabase(page)) as { documents: StoredRecording[]; calls: { id: string; status: string }[] };
  const ofTheCall = after.documents.filter((d) => d.callId === callId);
  expect(ofTheCall.map((d) => [d.category, d.mime])).toEqual([
    ['call-recording', 'audio/webm'],
    ['call-recording', 'audio/webm'],
  ]);
  expect(ofTheCall.every((d) => (d.durationSeconds ?? 0) > 0.5)).toBe(true);
  expect(after.calls.find((c) => c.id === callId)?.status).toBe('closed');
});

/** How many pieces of recordings the page has stored, read straight from IndexedDB. */
function storedPieces(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('call-desk');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const count = db.transaction('recordingTakes', 'readonly').objectStore('recordingTakes').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

test('a recording interrupted by a reload is offered back and kept with the call', async ({ app, host }) => {
  test.setTimeout(120_000);
  const page = await app.launch({ fakeMediaDevices: true });
  await openCustomerBySearch(page, 'Harbor Point');
  await page.getByRole('button', { name: 'Log a call' }).click();
  const workspace = page.getByRole('main', { name: /^Call with/ });
  await expect(workspace).toBeVisible();
  const callId = decodeURIComponent(/\/calls\/([^/?#]+)/.exec(page.url())![1]!);
  const recorder = workspace.getByRole('region', { name: 'Record this call' });

  // As with Stop, the reload may land late on a busy machine: lengths are checked against the time passed.
  const recordClickedAt = Date.now();
  await recorder.getByRole('button', { name: 'Record this call' }).click();
  await expect(recorder.getByRole('status')).toHaveText(/^Recording 0:0[2-9]$/, { timeout: 15_000 });
  // Two seconds of pieces are in the database as it records (no fixed sleep: the rows are counted).
  await expect.poll(() => storedPieces(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);

  // The page goes without Stop, as in a crash: the pieces stay, and main closes the microphone.
  await page.reload();
  const secondsPassed = (Date.now() - recordClickedAt) / 1000;
  await expect.poll(() => host.services.recordings.openCallers()).toEqual([]);
  const reopened = page.getByRole('main', { name: /^Call with/ });
  const recordings = reopened.getByRole('region', { name: 'Recordings' });
  const notice = recordings.getByRole('group', { name: 'Interrupted recording' });
  await expect(notice).toContainText(/^A recording of this call was interrupted \(\d+:\d\d kept\)\./);
  await notice.getByRole('button', { name: 'Keep it' }).click();
  await expect(notice).toHaveCount(0);

  const item = recordings.getByRole('list', { name: 'Recordings of this call' }).getByRole('listitem');
  await expect(item).toHaveCount(1);
  const fileName = (await item.getAttribute('aria-label'))!;
  expect(fileName).toMatch(/^Recording \d{4}-\d\d-\d\d \d\d\.\d\d\.webm$/);

  const stored = (await dumpDatabase(page)) as {
    documents: StoredRecording[];
    documentFiles: { id: string; bytes: { bytes: number[] } }[];
    recordingTakes: unknown[];
  };
  const document = stored.documents.find((d) => d.fileName === fileName)!;
  expect(document).toMatchObject({ category: 'call-recording', callId, mime: 'audio/webm' });
  const probe = probeAudio(new Uint8Array(stored.documentFiles.find((f) => f.id === document.id)!.bytes.bytes));
  expect(probe?.mime).toBe('audio/webm');
  expect(probe!.durationSeconds!).toBeGreaterThanOrEqual(1.5);
  expect(probe!.durationSeconds!).toBeLessThanOrEqual(secondsPassed);
  expect(document.durationSeconds).toBe(probe!.durationSeconds);
  await expect(item).toContainText(`Length ${formatRecordingDuration(probe!.durationSeconds!)}`);
  expect(stored.recordingTakes).toEqual([]);
});
