import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { assemblePacket, assemblePacketWithReport, type AttachmentFile } from '../../../electron/services/export/pdf-assembly';
import { jpegHeader, pngBomb, pngHeader } from '../../fixtures/images/crafted-images';
import { blueJpeg, encryptedPdf, solidPng, textPdf } from './fixtures';

import { pdfText as textOf } from '../../support/pdf-reading';

async function reload(pdf: Uint8Array) {
  return PDFDocument.load(pdf, { updateMetadata: false });
}

const mainPdf = () =>
  textPdf(
    [
      ['PLACEMENT SUMMARY', 'Northwind Traders'],
      ['CALL LOG', 'INV-7 promised Friday'],
    ],
    'Northwind Traders - account file',
  );

async function fullSet(): Promise<AttachmentFile[]> {
  return [
    {
      name: 'proof-of-delivery.pdf',
      mime: 'application/pdf',
      bytes: await textPdf([['PROOF OF DELIVERY 4471', 'Signed: R. Diaz'], ['Page two of the delivery note']]),
    },
    { name: 'delivery-photo.png', mime: 'image/png', bytes: solidPng(300, 100, [200, 30, 30]) },
    { name: 'signed-agreement.jpg', mime: 'image/jpeg', bytes: blueJpeg },
    { name: 'broken-scan.pdf', mime: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.7\nthis is not really a pdf') },
    { name: 'locked-statement.pdf', mime: 'application/pdf', bytes: await encryptedPdf() },
    { name: 'logo.gif', mime: 'image/gif', bytes: new TextEncoder().encode('GIF89a....') },
  ];
}

describe('assemblePacket', () => {
  it('appends PDF pages, gives each image a page, and stands in for what cannot be included', async () => {
    const { bytes, attachments } = await assemblePacketWithReport(await mainPdf(), await fullSet(), {
      createdAt: new Date('2026-11-22T15:30:00Z'),
    });
    // 2 main + 2 appended + 1 PNG + 1 JPEG + 3 placeholders.
    expect((await reload(bytes)).getPageCount()).toBe(9);
    expect(attachments.map((a) => [a.name, a.included, a.pages])).toEqual([
      ['proof-of-delivery.pdf', true, 2],
      ['delivery-photo.png', true, 1],
      ['signed-agreement.jpg', true, 1],
      ['broken-scan.pdf', false, 1],
      ['locked-statement.pdf', false, 1],
      ['logo.gif', false, 1],
    ]);
    expect(attachments[4]!.reason).toMatch(/password-protected/);
  });

  it('places a wide image on a landscape page and a tall one on a portrait page, scaled to fit', async () => {
    const wide = solidPng(2000, 500, [0, 0, 0]);
    const tall = solidPng(100, 150, [0, 0, 0]);
    const doc = await reload(
      await assemblePacket(await mainPdf(), [
        { name: 'wide.png', mime: 'image/png', bytes: wide },
        { name: 'tall.png', mime: 'image/png', bytes: tall },
      ]),
    );
    expect(doc.getPage(2).getSize()).toEqual({ width: 792, height: 612 });
    expect(doc.getPage(3).getSize()).toEqual({ width: 612, height: 792 });
  });

  it("sets the title and producer, keeping the main document's title unless told otherwise", async () => {
    const kept = await reload(await assemblePacket(await mainPdf(), []));
    expect(kept.getTitle()).toBe('Northwind Traders - account file');
    expect(kept.getProducer()).toBe('Call Desk');
    expect(kept.getCreator()).toBe('Call Desk');
    const named = await reload(
      await assemblePacket(await mainPdf(), [], { title: 'Agency packet: Northwind Traders', createdAt: new Date('2026-11-22T15:30:00Z') }),
    );
    expect(named.getTitle()).toBe('Agency packet: Northwind Traders');
    expect(named.getCreationDate()?.toISOString()).toBe('2026-11-22T15:30:00.000Z');
  });

  it('never fails on an attachment: a name the standard fonts cannot write, empty bytes, a mislabelled image', async () => {
    const doc = await reload(
      await assemblePacket(await mainPdf(), [
        { name: '发票 📄 (scan)\n.pdf', mime: 'application/pdf', bytes: new Uint8Array() },
        { name: 'x'.repeat(500), mime: 'application/octet-stream', bytes: new Uint8Array([1, 2, 3]) },
        { name: 'photo.pdf', mime: 'application/pdf', bytes: blueJpeg },
        { name: 'broken.png', mime: 'image/png', bytes: solidPng(10, 10, [0, 0, 0]).subarray(0, 40) },
      ]),
    );
    expect(doc.getPageCount()).toBe(6);
  });

  it('places no picture over the pixel budget: the image bomb and a huge JPEG get a page saying why, unread', async () => {
    const { attachments, pages } = await assemblePacketWithReport(await mainPdf(), [
      { name: 'site-photo.png', mime: 'image/png', bytes: pngBomb() },
      { name: 'panorama.jpg', mime: 'image/jpeg', bytes: jpegHeader(9000, 6000) },
      { name: 'no-size.png', mime: 'image/png', bytes: pngHeader(0, 0) },
      { name: 'fits.jpg', mime: 'image/jpeg', bytes: blueJpeg },
    ]);
    expect(pages).toBe(6);
    expect(attachments).toEqual([
      {
        name: 'site-photo.png',
        included: false,
        pages: 1,
        reason: 'This picture is 16,000 × 16,000 pixels (256 megapixels), more than the 40 megapixels Call Desk places in a PDF.',
      },
      {
        name: 'panorama.jpg',
        included: false,
        pages: 1,
        reason: 'This picture is 9,000 × 6,000 pixels (54 megapixels), more than the 40 megapixels Call Desk places in a PDF.',
      },
      { name: 'no-size.png', included: false, pages: 1, reason: 'This image could not be read; it may be damaged.' },
      { name: 'fits.jpg', included: true, pages: 1 },
    ]);
  });

  it('refuses a main document that is not a PDF', async () => {
    await expect(assemblePacket(new TextEncoder().encode('<html>'), [])).rejects.toThrow();
  });

  it('keeps the text of the main document and of appended PDFs, and names every attachment', async () => {
    const text = await textOf(await assemblePacket(await mainPdf(), await fullSet()));
    for (const expected of [
      'PLACEMENT SUMMARY',
      'INV-7 promised Friday',
      'PROOF OF DELIVERY 4471',
      'Page two of the delivery note',
      'Attachment: delivery-photo.png',
      'Attachment: signed-agreement.jpg',
      'Attachment not included',
      'broken-scan.pdf',
      'locked-statement.pdf',
      'Files of this type (image/gif) cannot be placed in a PDF.',
    ]) {
      expect(text).toContain(expected);
    }
    // The appended pages come after the main document, in the order given.
    expect(text.indexOf('CALL LOG')).toBeLessThan(text.indexOf('PROOF OF DELIVERY 4471'));
    expect(text.indexOf('PROOF OF DELIVERY 4471')).toBeLessThan(text.indexOf('delivery-photo.png'));
  });

  it('writes a placeholder for a name it cannot encode', async () => {
    const text = await textOf(
      await assemblePacket(await mainPdf(), [{ name: 'Rechnung Müller 发票.pdf', mime: 'application/pdf', bytes: new Uint8Array([0]) }]),
    );
    expect(text).toContain('Rechnung Müller ??.pdf');
  });
});
