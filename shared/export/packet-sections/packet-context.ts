// What every section of the agency packet reads: the file, the figures and lookups built once,
// so no section searches an array per row (a packet can hold hundreds of calls).
import type { Call } from '../../calls/schema';
import type { Contact } from '../../contacts/schema';
import type { Invoice } from '../../invoices/schema';
import type { Settings } from '../../settings/schema';
import type { AccountFile } from '../account-file';
import { accountFigures, type AccountFigures } from '../account-figures';
import { documentFormat, type DocumentFormat } from '../document-format';
import { escapeHtml } from '../html';
import type { CurrencyAmount } from '../../money/currency-totals';
import { builtInScriptLookup, type ScriptLookup } from '../../scripts/library/script-lookup';

export interface PacketContext {
  file: AccountFile;
  settings: Settings;
  generatedAt: Date;
  fmt: DocumentFormat;
  figures: AccountFigures;
  contactsById: ReadonlyMap<string, Contact>;
  invoicesById: ReadonlyMap<string, Invoice>;
  callsById: ReadonlyMap<string, Call>;
  /** The script each call used (office scripts included), to name its steps and problem paths. */
  scripts: ScriptLookup;
}

export function packetContext(
  file: AccountFile,
  settings: Settings,
  generatedAt: Date,
  scripts: ScriptLookup = builtInScriptLookup,
): PacketContext {
  return {
    file,
    settings,
    generatedAt,
    fmt: documentFormat(settings.locale),
    figures: accountFigures(file, settings, generatedAt),
    contactsById: new Map(file.contacts.map((c) => [c.id, c])),
    invoicesById: new Map(file.invoices.map((i) => [i.id, i])),
    callsById: new Map(file.calls.map((c) => [c.id, c])),
    scripts,
  };
}

/** Invoice numbers for ids, in the order given; an id no longer on file prints as such. */
export function invoiceNumbers(ctx: PacketContext, ids: readonly string[]): string[] {
  return ids.map((id) => ctx.invoicesById.get(id)?.number ?? 'deleted invoice');
}

export function contactName(ctx: PacketContext, id: string | null): string | null {
  return id === null ? null : (ctx.contactsById.get(id)?.name ?? null);
}

/** Amounts one per currency, each in its own currency, escaped: "$1,200.00 · CA$300.00" (`separator` is HTML). */
export function amountsHtml(ctx: PacketContext, amounts: readonly CurrencyAmount[], separator = ' · '): string {
  return amounts.map((a) => escapeHtml(ctx.fmt.money(a.amountMinor, a.currency))).join(separator);
}
