// Amounts are typed as text; this explains why a text is not an amount, in the user's terms.
import { currencyMinorDigits, parseMoneyInput } from '../../shared/money/money';

export type AmountCheck = { ok: true; minor: number } | { ok: false; message: string };

export function checkAmountText(text: string, currency: string, options: { allowZero?: boolean } = {}): AmountCheck {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter an amount.' };
  const minor = parseMoneyInput(trimmed, currency);
  if (minor === null) {
    const digits = currencyMinorDigits(currency);
    // A plain number with too many decimals gets its own message; anything else is not a number.
    const bare = trimmed.replace(/[\s,$€£¥]/g, '').replace(/^[A-Z]{3}/i, '');
    if (/^-?\d*\.\d+$/.test(bare)) {
      return {
        ok: false,
        message: digits === 0 ? `${currency} amounts have no decimal places.` : `Use at most ${digits} decimal places for ${currency}.`,
      };
    }
    return { ok: false, message: 'Enter the amount as a number, such as 1250.00.' };
  }
  if (minor < 0) return { ok: false, message: 'The amount cannot be negative.' };
  if (minor === 0 && !options.allowZero) return { ok: false, message: 'The amount must be more than zero.' };
  return { ok: true, minor };
}
