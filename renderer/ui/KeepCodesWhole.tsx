// Invoice and order numbers such as INV-10263 are one word to the reader: the browser would
// break a line at their hyphen. Each such code is wrapped so it stays on one line; the text
// itself (what is read out, copied or searched) is unchanged.
import { Fragment, type ReactNode } from 'react';

/** A word of letters and digits joined by hyphens, with at least one digit. */
const code = /[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)+/gu;

export function keepCodesWhole(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(code)) {
    if (!/\d/.test(match[0])) continue;
    const start = match.index;
    if (start > last) parts.push(text.slice(last, start));
    parts.push(
      <span key={start} className="invoice-number">
        {match[0]}
      </span>,
    );
    last = start + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

export function KeepCodesWhole({ text }: { text: string }) {
  return <Fragment>{keepCodesWhole(text)}</Fragment>;
}
