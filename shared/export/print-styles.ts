// The stylesheet of every printed document (agency packet, customer statement). Print units
// (pt, mm) throughout: the page is paper, not a screen. Colour is used sparingly so a packet
// still reads when it is photocopied in black and white. Labels that must be found in the
// PDF's text (amendments) are never uppercased by CSS: text extraction would return capitals.
import type { PaperSize } from './print-document';

/** Page margins; the header and footer templates print inside the top and bottom ones. */
export const printMarginsMm = { top: 20, right: 15, bottom: 18, left: 15 } as const;

export function printStyles(paper: PaperSize): string {
  const m = printMarginsMm;
  return `
@page { size: ${paper}; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif;
  font-size: 9pt; line-height: 1.38; color: #1b1f24; }
h1 { font-size: 17pt; line-height: 1.2; margin: 0; font-weight: 600; letter-spacing: -0.01em; }
h2 { font-size: 11pt; font-weight: 600; color: #1f3a5f; margin: 18pt 0 6pt; padding-bottom: 3pt;
  border-bottom: 1.2pt solid #1f3a5f; break-after: avoid; }
h3 { font-size: 9pt; font-weight: 600; margin: 10pt 0 4pt; break-after: avoid; text-transform: uppercase;
  letter-spacing: 0.05em; color: #3d4752; }
p { margin: 0 0 5pt; }
.lead { color: #3d4752; margin-bottom: 6pt; break-after: avoid; }
.muted, .empty { color: #6b7682; }
.empty { font-style: italic; }
.sub { display: block; color: #6b7682; font-size: 7.5pt; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.nowrap { white-space: nowrap; }
.text { white-space: pre-line; overflow-wrap: anywhere; }
.masthead { display: flex; justify-content: space-between; align-items: flex-end; gap: 12pt;
  border-bottom: 2.5pt solid #1f3a5f; padding-bottom: 7pt; margin-bottom: 12pt; }
.masthead .company { font-size: 15pt; font-weight: 700; color: #1f3a5f; line-height: 1.15; }
.masthead .doc-title { font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.1em; color: #5b6672; margin-top: 2pt; }
.masthead .meta { text-align: right; font-size: 8pt; color: #3d4752; }
.subject { margin-bottom: 8pt; }
.subject .also { color: #3d4752; font-size: 10pt; margin-top: 1pt; }
.figures { display: grid; grid-template-columns: repeat(4, 1fr); border: 0.75pt solid #c3ccd6; margin: 8pt 0 4pt; break-inside: avoid; }
.figure { padding: 5pt 8pt 6pt; border-left: 0.75pt solid #c3ccd6; }
.figure:first-child { border-left: 0; }
.figure .label { font-size: 7pt; text-transform: uppercase; letter-spacing: 0.07em; color: #5b6672; }
.figure .value { font-size: 12.5pt; font-weight: 600; font-variant-numeric: tabular-nums; line-height: 1.25; }
.figure .value.alert { color: #9b1c1c; }
.figure .note { font-size: 7.5pt; color: #5b6672; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 0 16pt; }
dl.facts { display: grid; grid-template-columns: 30mm 1fr; gap: 2pt 8pt; margin: 0 0 6pt; }
dl.facts dt { color: #5b6672; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.callout { border-left: 3pt solid #b3541e; background: #fbf4ef; padding: 6pt 9pt; margin: 4pt 0 8pt; break-inside: avoid; }
.callout .source { font-size: 7pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.07em; color: #8a3d12; margin-bottom: 2pt; }
.callout.plain { border-left-color: #1f3a5f; background: #f1f4f8; }
.callout.plain .source { color: #1f3a5f; }
.badge { display: inline-block; font-size: 6.8pt; font-weight: 700; padding: 0.3pt 3.5pt; border-radius: 2pt; border: 0.6pt solid #aab4bf;
  text-transform: uppercase; letter-spacing: 0.04em; white-space: nowrap; color: #3d4752; background: #f4f6f8; }
.badge.bad { color: #9b1c1c; border-color: #e2a4a4; background: #fdf1f1; }
.badge.good { color: #1e6b3a; border-color: #9fd0b0; background: #eff8f2; }
.badge.warn { color: #7a5a00; border-color: #e3c77a; background: #fdf7e4; }
table.data { width: 100%; border-collapse: collapse; font-size: 8.3pt; margin: 2pt 0 8pt; }
table.data thead { display: table-header-group; }
table.data th { text-align: left; font-weight: 600; font-size: 7pt; text-transform: uppercase; letter-spacing: 0.05em;
  color: #3d4752; background: #eaeff4; border-bottom: 1pt solid #7d8a98; padding: 3.5pt 4.5pt; vertical-align: bottom; }
table.data th.num { text-align: right; }
table.data td { padding: 3pt 4.5pt; border-bottom: 0.5pt solid #dbe1e7; vertical-align: top; }
table.data tr { break-inside: avoid; }
table.data tr.totals td { font-weight: 700; border-top: 1pt solid #1b1f24; border-bottom: 0; background: #f4f6f8; }
table.data tr.row-void td { color: #6b7682; text-decoration: line-through; text-decoration-color: #9aa5b1; }
table.aging { table-layout: fixed; }
table.calls tbody { break-inside: avoid; }
table.calls tr.call-meta td { border-bottom: 0; padding-bottom: 1pt; }
table.calls tr.call-meta td.seq { color: #6b7682; }
table.calls tr.call-note td { padding-top: 0; padding-bottom: 4.5pt; }
table.calls tbody:not(:last-child) tr:last-child td { border-bottom: 0.5pt solid #c3ccd6; }
table.calls tr.amendment td.amend { background: #fdf7e4; border-left: 2pt solid #c79100; padding: 3pt 6pt; }
.amendment-label { display: block; font-size: 7.8pt; font-weight: 700; color: #7a5a00; }
.note-kind { display: block; font-size: 7.8pt; font-weight: 700; color: #5b6672; }
.plan { margin: 1pt 0 0; padding: 0; list-style: none; font-size: 7.8pt; color: #3d4752; }
.signoff { margin-top: 14pt; padding-top: 6pt; border-top: 0.5pt solid #c3ccd6; font-size: 8pt; color: #3d4752; break-inside: avoid; }
.pay-box { border: 1pt solid #1f3a5f; padding: 8pt 10pt; margin: 10pt 0; break-inside: avoid; }
.pay-box .amount { font-size: 15pt; font-weight: 700; color: #1f3a5f; }
.address-block { font-size: 9.5pt; line-height: 1.4; }
`;
}
