// Draws build/icon.png (512x512): a receipt with an amber phone badge on a blue rounded
// square. Rendered from inline SVG by a Chromium-family browser (scripts/find-chromium.mjs) so
// the output needs no image tools; rerun with `node scripts/make-icon.mjs` after changing the
// drawing, and commit the PNG.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { requireChromium } from './find-chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const output = path.join(root, 'build', 'icon.png');
const size = 512;

// Receipt bottom edge: a zigzag tear-off line.
const zigzag = Array.from({ length: 8 }, (_, i) => `L ${330 - i * 24 - 12} 372 L ${330 - (i + 1) * 24} 392`).join(' ');

const svg = `
<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 512 512">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#2f6fe4"/>
      <stop offset="1" stop-color="#173a8c"/>
    </linearGradient>
    <filter id="shadow" x="-20%" y="-20%" width="140%" height="140%">
      <feDropShadow dx="0" dy="6" stdDeviation="8" flood-color="#0b1d4a" flood-opacity="0.35"/>
    </filter>
  </defs>
  <rect x="36" y="36" width="440" height="440" rx="100" fill="url(#bg)"/>
  <g filter="url(#shadow)">
    <path d="M 138 104 Q 138 92 150 92 L 318 92 Q 330 92 330 104 L 330 392 ${zigzag} Z" fill="#ffffff"/>
  </g>
  <rect x="166" y="132" width="84" height="16" rx="8" fill="#173a8c"/>
  <rect x="166" y="176" width="136" height="12" rx="6" fill="#c5cfe3"/>
  <rect x="166" y="206" width="112" height="12" rx="6" fill="#c5cfe3"/>
  <rect x="166" y="236" width="124" height="12" rx="6" fill="#c5cfe3"/>
  <rect x="166" y="284" width="60" height="20" rx="10" fill="#d9480f"/>
  <g filter="url(#shadow)">
    <circle cx="346" cy="340" r="98" fill="#f59f0b"/>
  </g>
  <circle cx="346" cy="340" r="98" fill="none" stroke="#ffffff" stroke-width="10"/>
  <g transform="translate(346 340) rotate(-45) scale(0.9) translate(-6 0)" fill="#ffffff">
    <path d="M 4 -58 C -40 -30, -40 30, 4 58" fill="none" stroke="#ffffff" stroke-width="30" stroke-linecap="round"/>
    <rect x="-16" y="-90" width="62" height="42" rx="17"/>
    <rect x="-16" y="48" width="62" height="42" rx="17"/>
  </g>
</svg>`;

const browser = await chromium.launch({ executablePath: requireChromium(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await mkdir(path.dirname(output), { recursive: true });
  await page.locator('svg').screenshot({ path: output, omitBackground: true });
  console.info(`[make-icon] wrote ${path.relative(root, output)}`);
} finally {
  await browser.close();
}
