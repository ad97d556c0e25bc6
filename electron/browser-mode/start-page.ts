// The address browser mode opens carries this run's key. Handed to the browser on its command
// line, it would show in every process list on the machine, so the browser is pointed at a
// small page in the data folder instead (readable by this user only) that forwards to it.
import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const startPageName = 'open-call-desk.html';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function startPageHtml(url: string): string {
  const safe = escapeHtml(url);
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="refresh" content="0;url=${safe}">`,
    '<title>Call Desk</title></head>',
    `<body><p>Opening Call Desk… If nothing happens, <a href="${safe}">open it here</a>.</p></body></html>`,
    '',
  ].join('\n');
}

/** Writes the forwarding page (owner-only) and returns its file: URL. */
export async function writeStartPage(dataDir: string, url: string): Promise<string> {
  const file = path.join(dataDir, startPageName);
  await writeFile(file, startPageHtml(url), { mode: 0o600 });
  await chmod(file, 0o600); // a file left by an earlier run keeps its old mode otherwise
  return pathToFileURL(file).href;
}
