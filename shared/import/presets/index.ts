// The known layouts, recognised by their header row, and what each tells the interpretation.
import type { CalendarDate } from '../../dates/calendar';
import type { ColumnMapping, ImportField, ImportPreset, InterpretOptions } from '../model';
import { freshBooksPresets } from './freshbooks';
import { myobPresets } from './myob';
import { quickBooksDesktopPresets } from './quickbooks-desktop';
import { quickBooksOnlinePresets } from './quickbooks-online';
import { sagePresets } from './sage';
import { wavePresets } from './wave';
import { xeroPresets } from './xero';
import { zohoBooksPresets } from './zoho-books';

export const importPresets: readonly ImportPreset[] = [
  ...quickBooksOnlinePresets,
  ...quickBooksDesktopPresets,
  ...xeroPresets,
  ...sagePresets,
  ...freshBooksPresets,
  ...wavePresets,
  ...zohoBooksPresets,
  ...myobPresets,
];

/** Every header name a preset knows: lets the layout stage spot a header row of a known export. */
export const presetHeaderNames: readonly string[] = [
  ...new Set(
    importPresets.flatMap((preset) => [
      ...preset.requiredHeaders,
      ...(preset.optionalHeaders ?? []),
      ...Object.values(preset.columns).flat(),
    ]),
  ),
];

/**
 * A header as presets name it: lower case, trimmed, single spaces, without Xero's leading '*'
 * (required column) or a trailing '.'/':' some exports add ("Amount:", "Inv. No.").
 */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\*\s*/, '')
    .replace(/[.:]+$/, '')
    .trim();
}

function headerIndex(headers: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  headers.forEach((header, column) => {
    const name = normaliseHeader(header);
    // The first column of a name wins (MYOB repeats "- Line 1" for its second address).
    if (name !== '' && !index.has(name)) index.set(name, column);
  });
  return index;
}

function mappingFrom(preset: ImportPreset, index: Map<string, number>): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const [field, names] of Object.entries(preset.columns) as [ImportField, string[]][]) {
    const column = names.map((name) => index.get(name)).find((found) => found !== undefined);
    if (column !== undefined) mapping[field] = column;
  }
  return mapping;
}

/** Field → column index for a file with these headers, from the preset's column names. */
export function presetMapping(preset: ImportPreset, headers: readonly string[]): ColumnMapping {
  return mappingFrom(preset, headerIndex(headers));
}

/**
 * The preset whose headers the file has: every required header present, and the customer
 * known (a column, or group rows for presets that read it from there). Each required header
 * counts 2 and each optional one 1; on a tie the preset asking for more wins, being the more
 * specific (an aging report also has every column an invoice list asks for).
 */
export function recognisePreset(headers: readonly string[]): { preset: ImportPreset; score: number } | null {
  const index = headerIndex(headers);
  let best: { preset: ImportPreset; score: number } | null = null;
  for (const preset of importPresets) {
    if (!preset.requiredHeaders.every((name) => index.has(name))) continue;
    const mapping = mappingFrom(preset, index);
    if (mapping.customer === undefined && !preset.customerFromGroup) continue;
    const optional = (preset.optionalHeaders ?? []).filter((name) => index.has(name)).length;
    const score = preset.requiredHeaders.length * 2 + optional;
    if (
      best === null ||
      score > best.score ||
      (score === best.score && preset.requiredHeaders.length > best.preset.requiredHeaders.length)
    ) {
      best = { preset, score };
    }
  }
  return best;
}

/**
 * Everything the interpretation needs from a preset, with the office's currency and today.
 * The preset's date order is NOT passed on: a column with a day above 12 proves its order, and
 * when every date could be either the user is asked, the question pre-filled with
 * `preset.dateOrder` (QuickBooks Online also sells UK, Canadian and Australian editions that
 * write day first, so even a QuickBooks file is never read month first on a guess).
 */
export function presetInterpretOptions(
  preset: ImportPreset,
  headers: readonly string[],
  base: { defaultCurrency: string; today: CalendarDate },
): InterpretOptions {
  const options: InterpretOptions = {
    source: preset.source,
    content: preset.content,
    mapping: presetMapping(preset, headers),
    defaultCurrency: base.defaultCurrency,
    today: base.today,
  };
  if (preset.groupInvoiceLines) options.groupInvoiceLines = true;
  if (preset.customerFromGroup) options.customerFromGroup = true;
  return options;
}

export function presetById(id: string): ImportPreset | undefined {
  return importPresets.find((preset) => preset.id === id);
}
