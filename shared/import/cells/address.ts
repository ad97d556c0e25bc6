// A whole address in one cell, as QuickBooks writes "Billing Address" ("1420 Bryant St\nSan
// Francisco, CA 94103"): split into lines, and the last line read as city, state and ZIP (or a
// Canadian postal code) only when it has exactly that shape. Anything else stays as written.

export interface AddressLines {
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
}

const cityStateZip = /^(.+?),?\s+([A-Z]{2})\.?\s+(\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)$/i;

export function splitAddressCell(text: string): AddressLines {
  const lines = text
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter(Boolean);
  const last = lines.length > 1 ? cityStateZip.exec(lines[lines.length - 1]!) : null;
  const street = last ? lines.slice(0, -1) : lines;
  return {
    line1: street[0] ?? '',
    line2: street.slice(1).join(', '),
    city: last ? last[1]!.replace(/,$/, '').trim() : '',
    region: last ? last[2]!.toUpperCase() : '',
    postalCode: last ? last[3]!.toUpperCase() : '',
  };
}
