// Call recordings end to end: a WAV attached to a closed call through the file chooser is listed
// on the call with its length and a player that loads it (under the app's CSP), shows on the
// timeline and in the customer file's documents, and is in the agency packet's document index
// with its length; a text file renamed .wav is refused with a plain sentence. On an open call, a
// recording dropped on the call is kept with it, and the outcome form stays in view.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openCustomerBySearch, timeline } from './support/app-steps';
import { pdfText } from '../support/pdf-reading';

/** One second of silence: 8 kHz, 16-bit, mono PCM in a RIFF/WAVE file, as a phone system saves it. */
function oneSecondOfSilence(): Buffer {
  const sampleRate = 8000;
  const data = Buffer.alloc(sampleRate * 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16); // fmt chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28); // bytes per second
  header.writeUInt16LE(2, 32); // bytes per sample
  header.writeUInt16LE(16, 34); // bits per sample
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

const flat = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();
const folders: string[] = [];
test.afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

test('a recording attached to a call plays there, is listed with the documents and in the agency packet', async ({
  app,
  host,
}, testInfo) => {
  test.setTimeout(120_000);
  const page = await app.launch();
  // Screenshots for a person to look at, kept in the test's output folder and the report.
  const snapshot = async (target: Page | Locator, name: string) => {
    const file = testInfo.outputPath(`${name.replace(/ /g, '-')}.png`);
    await target.screenshot({ path: file });
    await testInfo.attach(name, { path: file, contentType: 'image/png' });
  };
  // The player must load under the app's CSP (media-src): any refusal would show in the console.
  const policyProblems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) policyProblems.push(message.text());
  });
  await openCustomerBySearch(page, 'Harbor Point');
  const customerName = (await page.getByRole('heading', { level: 1 }).textContent())!;
  await timeline(page)
    .getByRole('listitem', { name: /^Call,/ })
    .filter({ has: page.getByRole('link', { name: 'Open record' }) })
    .first()
    .getByRole('link', { name: 'Open record' })
    .click();
  const record = page.getByRole('main', { name: /^Call on/ });
  const recordings = record.getByRole('region', { name: 'Recordings' });
  await expect(recordings.getByText('No recording of this call.', { exact: false })).toBeVisible();

  // "Attach recording…" opens the OS chooser; the recording is stored at once.
  const chooser = page.waitForEvent('filechooser');
  await recordings.getByRole('button', { name: 'Attach recording…' }).click();
  await (await chooser).setFiles([{ name: 'Harbor Point call.wav', mimeType: 'audio/wav', buffer: oneSecondOfSilence() }]);
  await expect(recordings.getByRole('status')).toHaveText('Attached Harbor Point call.wav.');
  const item = recordings.getByRole('list', { name: 'Recordings of this call' }).getByRole('listitem', { name: 'Harbor Point call.wav' });
  await expect(item).toContainText('Length 0:01');

  // The scrubber: the browser's audio controls, whose length loads from the stored bytes once Play
  // is pressed (nothing of the sound is read before).
  await expect(item.locator('audio')).toHaveCount(0);
  await item.getByRole('button', { name: 'Play Harbor Point call.wav' }).click();
  const player = item.locator('audio');
  await expect(player).toHaveAccessibleName('Play Harbor Point call.wav');
  await expect(player).toHaveAttribute('controls', '');
  await expect(player).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => player.evaluate((audio: HTMLAudioElement) => audio.duration)).toBeCloseTo(1, 1);
  expect(policyProblems).toEqual([]);
  await snapshot(recordings, 'recordings of a closed call');

  // A text file renamed .wav is refused where the user is looking, and nothing more is kept.
  await record
    .getByLabel('Recordings to attach')
    .setInputFiles([{ name: 'notes.wav', mimeType: 'audio/wav', buffer: Buffer.from('Call back Tuesday about invoice 1042.\n') }]);
  await expect(recordings.getByRole('alert')).toContainText(
    'notes.wav is not a sound recording Call Desk can keep. It may be damaged, or a different kind of file.',
  );
  await expect(recordings.getByRole('list', { name: 'Recordings of this call' }).getByRole('listitem')).toHaveCount(1);

  // Back on the customer file: in the documents, and under the call on the timeline.
  await record.getByRole('link', { name: customerName }).click();
  const documents = page.getByRole('region', { name: 'Documents', exact: true });
  const listed = documents.getByRole('listitem', { name: 'Harbor Point call.wav' });
  await expect(listed).toContainText('Call recording');
  await expect(listed).toContainText('Length 0:01');
  await expect(timeline(page).getByText('Recording: Harbor Point call.wav (0:01)')).toBeVisible();

  // The agency packet lists it with its length; a PDF cannot hold sound, so nothing is appended for it.
  const folder = mkdtempSync(path.join(tmpdir(), 'call-desk-recording-'));
  folders.push(folder);
  const saveAs = path.join(folder, 'packet.pdf');
  host.dialogs.queueSavePath(saveAs);
  await page.getByRole('button', { name: 'Export for agency…' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'Agency packet saved' });
  await expect(saved).toContainText('packet.pdf', { timeout: 30_000 });
  await expect(page.getByText(/could not be included/)).toHaveCount(0);
  const text = flat(await pdfText(saveAs));
  expect(text).toContain('Harbor Point call.wav');
  expect(text).toContain('Call recording');
  expect(text).toMatch(/Call recording — 0:01, recorded with the call of/);

  // On an open call, in the smallest window the app supports: a recording dropped anywhere on the
  // call is kept with it, and the outcome form stays in view beside the recordings.
  await page.setViewportSize({ width: 1024, height: 640 });
  await page.getByRole('button', { name: 'Log a call' }).click();
  const workspace = page.getByRole('main', { name: /^Call with/ });
  const wav = [...oneSecondOfSilence()];
  const transfer = await page.evaluateHandle((bytes) => {
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(new File([new Uint8Array(bytes)], 'during the call.wav', { type: 'audio/wav' }));
    return dataTransfer;
  }, wav);
  const note = workspace.getByRole('textbox', { name: 'Call note' });
  await note.dispatchEvent('dragenter', { dataTransfer: transfer });
  await note.dispatchEvent('dragover', { dataTransfer: transfer });
  await note.dispatchEvent('drop', { dataTransfer: transfer });
  const openRecordings = workspace.getByRole('region', { name: 'Recordings' });
  await expect(openRecordings.getByRole('listitem', { name: 'during the call.wav' })).toContainText('Length 0:01');
  await expect(note).toHaveValue('');
  const outcome = workspace.getByRole('form', { name: 'Outcome' });
  for (const control of [outcome.getByRole('radio', { name: 'Promise to pay' }), outcome.getByRole('button', { name: /^Save/ })]) {
    const box = (await control.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(640);
  }
  await snapshot(page, 'open call with a recording');
});
