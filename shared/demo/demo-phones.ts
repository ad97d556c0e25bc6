// Fictional phone numbers and addresses for demo contacts: 555-01xx numbers for the US and
// Canada, Ofcom's drama ranges for the UK, and emails on the reserved example domains.
import type { ContactPhone } from '../contacts/schema';
import { normalizePhone } from '../phone/phone';
import type { Random } from './random';

export type PhoneLabel = ContactPhone['label'];

const northAmericanFormats: ((area: string, line: string) => string)[] = [
  (a, l) => `(${a}) 555-${l}`,
  (a, l) => `${a}-555-${l}`,
  (a, l) => `${a}.555.${l}`,
  (a, l) => `+1 ${a} 555 ${l}`,
  (a, l) => `${a} 555 ${l}`,
];

/** Hands out numbers that are never repeated within one data set. */
export class PhoneBook {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  /** Marks a fixed number as taken so a generated one cannot collide with it. */
  reserve(number: string): void {
    this.used.add(digitsOf(number));
  }

  next(country: string, area: string, label: PhoneLabel): string {
    for (let attempt = 0; attempt < 500; attempt += 1) {
      const number = this.candidate(country, area, label);
      const key = digitsOf(number);
      if (!this.used.has(key)) {
        this.used.add(key);
        return number;
      }
    }
    throw new Error(`Ran out of fictional numbers for area ${area}.`);
  }

  private candidate(country: string, area: string, label: PhoneLabel): string {
    const r = this.random;
    if (country === 'GB') {
      const tail = String(r.int(0, 999)).padStart(3, '0');
      if (label === 'mobile') return r.chance(0.5) ? `07700 900${tail}` : `+44 7700 900${tail}`;
      const local = area === '20' ? `7946 0${tail}` : `496 0${tail}`;
      return r.chance(0.6) ? `0${area} ${local}` : `+44 ${area} ${local}`;
    }
    const line = `01${String(r.int(0, 99)).padStart(2, '0')}`;
    const base = r.pick(northAmericanFormats)(area, line);
    return label === 'office' && r.chance(0.15) ? `${base} ext. ${r.int(201, 249)}` : base;
  }
}

function digitsOf(number: string): string {
  return number
    .replace(/ ext\. \d+$/, '')
    .replace(/\D/g, '')
    .replace(/^(1|44|0)/, '');
}

export function contactPhone(label: PhoneLabel, number: string, country: string): ContactPhone {
  return { label, number, e164: normalizePhone(number, country).e164 };
}

/** "Dr. Helen O'Neill" -> ["helen", "oneill"]. */
function nameParts(name: string): string[] {
  return name
    .replace(/^(Dr|Mr|Mrs|Ms)\.?\s+/i, '')
    .toLowerCase()
    .split(/\s+/)
    .map((part) => part.replace(/[^a-z]/g, ''))
    .filter((part) => part.length > 0);
}

/** A business address for a person at <web>.example.com; shared inboxes for payables roles. */
export function businessEmail(name: string, role: string, web: string): string {
  if (/accounts payable|billing/i.test(role)) return `accounts.payable@${web}.example.com`;
  const parts = nameParts(name);
  return `${parts[0] ?? 'office'}.${parts[parts.length - 1] ?? 'team'}@${web}.example.com`;
}

/** A household address on example.org, in the styles people really pick. */
export function personalEmail(name: string, random: Random): string {
  const parts = nameParts(name);
  const first = parts[0] ?? 'customer';
  const last = parts[parts.length - 1] ?? 'home';
  const style = random.int(0, 2);
  if (style === 0) return `${first}.${last}@example.org`;
  if (style === 1) return `${first[0]}${last}${random.int(10, 99)}@example.org`;
  return `${first}${last[0]}@example.org`;
}
