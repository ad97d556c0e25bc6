// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { CustomerFile } from '../../../renderer/customers/customer-repository';
import type { AccountFile } from '../../../shared/export/account-file';
import {
  agencyPacketFileName,
  agencyPacketHeaderFooter,
  agencyPacketHtml,
  type PacketAttachment,
} from '../../../shared/export/agency-packet';
import { escapeHtml } from '../../../shared/export/html';
import { poLabel } from '../../../shared/export/packet-sections/invoice-ledger';
import { paperSizeFor } from '../../../shared/export/print-document';
import { generatedAt, harborPointFile, heavyFile, settings } from './harbor-point.fixture';

// The renderer's customer file must be usable as an export's account file as it is.
const _customerFileIsAnAccountFile = (f: CustomerFile): AccountFile => f;

const attachments: PacketAttachment[] = [
  { name: 'Signed service agreement.pdf', kind: 'pdf', category: 'Signed agreement', invoiceNumber: null },
  { name: 'Proof of delivery <signed>.png', kind: 'image', category: 'Proof of delivery', invoiceNumber: 'INV-1042' },
];

function build(file: AccountFile = harborPointFile(), extra: Partial<Parameters<typeof agencyPacketHtml>[0]> = {}): string {
  return agencyPacketHtml({
    file,
    settings,
    generatedAt,
    attachments,
    placement: { agencyName: 'Pacific Recovery Partners', placedOn: '2025-03-12' },
    ...extra,
  });
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('agencyPacketHtml', () => {
  it('is one standalone document: no scripts, no external resources, a locked-down policy', () => {
    const html = build();
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|@import|url\(/i);
    expect(html).toContain("default-src 'none'");
    const doc = parse(html);
    for (const img of doc.querySelectorAll('img')) expect(img.getAttribute('src')).toMatch(/^data:image\//);
  });

  it('prints its sections in the order an agency reads them', () => {
    const ids = [...parse(build()).querySelectorAll('section.doc-section')].map((s) => s.id);
    expect(ids).toEqual(['placement-summary', 'invoices', 'payments', 'promises', 'disputes', 'calls', 'notes', 'documents']);
  });

  it('lists every invoice number and every call note, and prints no undefined or NaN', () => {
    const file = harborPointFile();
    const html = build(file);
    for (const invoice of file.invoices) expect(html).toContain(escapeHtml(invoice.number));
    for (const call of file.calls) expect(html).toContain(escapeHtml(call.note));
    expect(html).not.toMatch(/undefined|NaN|null|\[object/);
  });

  it('shows each correction as a dated amendment directly under the call it corrects', () => {
    const file = harborPointFile();
    const doc = parse(build(file));
    const correction = file.notes.find((n) => n.kind === 'call-correction');
    const corrected = file.calls.find((c) => c.id === correction?.correctsCallId);
    expect(correction && corrected).toBeTruthy();
    const body = [...doc.querySelectorAll('table.calls tbody')].find((tb) => tb.textContent?.includes(corrected?.note ?? '-'));
    const amendment = body?.querySelector('tr.amendment');
    expect(amendment?.textContent).toContain('Amendment, Feb 3, 2025');
    expect(amendment?.textContent).toContain(correction?.text);
    // The amendment row follows the call's note row, inside the same call.
    expect(amendment?.previousElementSibling?.className).toBe('call-note');
    // It is not repeated among the notes.
    expect(doc.querySelector('#notes')?.textContent).not.toContain(correction?.text);
  });

  it('prints the calls oldest first, numbered', () => {
    const file = harborPointFile();
    const doc = parse(build(file));
    const times = [...file.calls].sort((a, b) => a.startedAt.localeCompare(b.startedAt)).map((c) => c.note);
    const printed = [...doc.querySelectorAll('table.calls tr.call-note')].map((tr) => tr.textContent);
    expect(printed).toEqual(times);
    expect(doc.querySelector('table.calls tbody td.seq')?.textContent).toBe('1');
  });

  it('escapes user text everywhere it appears', () => {
    const file = harborPointFile();
    const name = '<script>alert(1)</script> & Co';
    file.customer = { ...file.customer, legalName: name, tradingName: '"Quotes" & <b>bold</b>' };
    file.calls[0] = { ...file.calls[0]!, note: 'Said <img src=x onerror=alert(1)> & left' };
    const html = build(file);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    const doc = parse(html);
    expect(doc.querySelectorAll('script, b').length).toBe(0);
    expect(doc.querySelector('h1')?.textContent).toBe(name);
    expect(doc.title).toContain(name);
  });

  it('lists the attached documents, numbered in the order they follow the file, and inlines none', () => {
    const doc = parse(build());
    expect(doc.querySelectorAll('img, figure').length).toBe(0);
    const rows = [...doc.querySelectorAll('#documents tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([
      ['1', 'Signed service agreement.pdf', 'Signed agreement', 'Whole account', 'PDF, appended after this file'],
      ['2', 'Proof of delivery <signed>.png', 'Proof of delivery', 'INV-1042', 'Image, on its own page after this file'],
    ]);
  });

  it('says so when no documents are attached', () => {
    expect(parse(build(harborPointFile(), { attachments: [] })).querySelector('#documents')?.textContent).toContain(
      'No documents are attached',
    );
  });

  it('summarises the account: what is owed, since when, the last payment and the placement', () => {
    const summary = parse(build()).querySelector('#placement-summary')?.textContent ?? '';
    expect(summary).toContain('$4,027.15'); // 1,686.40 + 1,150.00 + 865.75 + 325.00
    expect(summary).toContain('$3,702.15'); // the part not yet due (325.00) left out
    expect(summary).toContain('Dec 29, 2024');
    expect(summary).toContain('73 days past due');
    expect(summary).toContain('$800.00 on Feb 10, 2025');
    expect(summary).toContain('Marcus Lee');
    expect(summary).toContain('Authorises payment');
    expect(summary).toContain('Pacific Recovery Partners on Mar 12, 2025');
    expect(summary).toContain('No open disputes');
    expect(summary).toContain('Call note');
  });

  it('prints the agency reference and any earlier placement with why it came back', () => {
    const file = harborPointFile();
    file.placements = [
      {
        id: 'p-old',
        customerId: file.customer.id,
        agencyName: 'Summit Collections',
        placedOn: '2024-06-03',
        agencyReference: '',
        note: '',
        recordedAt: '2024-06-03T16:00:00.000Z',
        recalledAt: '2024-09-20T16:00:00.000Z',
        recallReason: 'Agency closed its office.',
      },
    ];
    const summary =
      parse(
        build(file, { placement: { agencyName: 'Pacific Recovery Partners', placedOn: '2025-03-12', agencyReference: 'PRP-5521' } }),
      ).querySelector('#placement-summary')?.textContent ?? '';
    expect(summary).toContain('Pacific Recovery Partners on Mar 12, 2025 (their reference PRP-5521)');
    expect(summary).toContain('Earlier placements');
    expect(summary).toContain('Summit Collections: placed Jun 3, 2024, recalled Sep 20, 2024 (Agency closed its office.)');
  });

  it('totals the ledger and ages what is owed', () => {
    const doc = parse(build());
    const totals = doc.querySelector('#invoices tr.totals')?.textContent ?? '';
    expect(totals).toContain('$26,313.37');
    expect(totals).toContain('$22,286.22');
    expect(totals).toContain('$4,027.15');
    const aging = doc.querySelector('#invoices table.aging')?.textContent ?? '';
    for (const amount of ['$325.00', '$865.75', '$1,150.00', '$1,686.40', '$0.00']) expect(aging).toContain(amount);
  });

  it('shows an invoice closed in the books as such, leaving it out of the totals and the aging', () => {
    const file = harborPointFile();
    const open = file.invoices.find((i) => i.status === 'open' && i.balanceMinor > 0)!;
    const closed = { ...file, invoices: file.invoices.map((i) => (i.id === open.id ? { ...i, status: 'closed-in-books' as const } : i)) };
    const doc = parse(build(closed));
    const row = [...doc.querySelectorAll('#invoices table.ledger tbody tr')].find((r) => r.textContent?.includes(open.number))!;
    expect(row.textContent).toContain('Closed in the books');
    const totals = doc.querySelector('#invoices tr.totals')?.textContent ?? '';
    expect(totals).toContain('void and closed in the books left out');
    expect(totals).not.toContain('$4,027.15');
  });

  it('records the promise history with kept and broken counts and the instalment plan', () => {
    const promises = parse(build()).querySelector('#promises')?.textContent ?? '';
    expect(promises).toContain('2 promises: 1 kept, 1 broken.');
    expect(promises).toContain('Mar 7, 2025: $575.00');
  });

  it('builds the 500-call, 200-invoice packet with every call in it', () => {
    const file = heavyFile();
    expect(file.calls.length).toBe(500);
    expect(file.invoices.length).toBe(200);
    const html = build(file, { attachments: [] });
    expect(parse(html).querySelectorAll('table.calls tbody').length).toBe(500);
    expect(html).not.toMatch(/undefined|NaN/);
  });
});

describe('agencyPacketHeaderFooter', () => {
  it('gives Chromium templates with the company, the date and page numbers, escaped', () => {
    const { headerTemplate, footerTemplate } = agencyPacketHeaderFooter(
      { ...settings, companyName: 'Bayline & <Sons>' },
      generatedAt,
      'Harbor Point Dental Group',
    );
    expect(headerTemplate).toContain('Bayline &amp; &lt;Sons&gt;');
    expect(headerTemplate).toContain('Harbor Point Dental Group');
    expect(footerTemplate).toContain('<span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect(footerTemplate).toContain('Generated Mar 12, 2025, 10:30 AM PDT');
    // Templates carry their own font size (Chromium's default there is unreadably small).
    expect(footerTemplate).toMatch(/font-size:\s*7\.5pt/);
  });

  it('suggests a file name that is safe on Windows and macOS', () => {
    const file = harborPointFile();
    file.customer = { ...file.customer, legalName: 'A/B: "Smith" <Co>?' };
    expect(agencyPacketFileName(file, '2025-03-12')).toBe('A B Smith Co - C-1041 - agency packet - 2025-03-12.pdf');
  });
});

describe('print details', () => {
  it('prints on Letter in North America and on A4 elsewhere, and says so in the page rule', () => {
    expect(paperSizeFor({ defaultCountry: 'US' })).toBe('Letter');
    expect(paperSizeFor({ defaultCountry: 'CA' })).toBe('Letter');
    expect(paperSizeFor({ defaultCountry: 'GB' })).toBe('A4');
    const html = agencyPacketHtml({
      file: harborPointFile(),
      settings: { ...settings, defaultCountry: 'DE', locale: 'de-DE' },
      generatedAt,
      attachments: [],
    });
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('<html lang="de">');
  });

  it('labels purchase order numbers once', () => {
    expect(poLabel('HPDG-2291')).toBe('PO HPDG-2291');
    expect(poLabel('PO 16850')).toBe('PO 16850');
    expect(poLabel('P.O. 77')).toBe('P.O. 77');
    expect(poLabel('POLY-1')).toBe('PO POLY-1');
  });
});
