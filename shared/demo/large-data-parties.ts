// Customers and their contacts for the benchmark data set: names from word lists, fictional
// 555 numbers in several formats, emails on the example domains.
import type { Contact, ContactPhone } from '../contacts/schema';
import type { Customer } from '../customers/schema';
import type { DayClock } from './large-data-clock';
import { cities, streets } from './large-data-addresses';
import { businessSuffixes, placeEnds, placeStarts, trades } from './large-data-business-words';
import { firstNames, lastNames } from './large-data-person-names';
import type { Random } from './random';

const roles = ['Accounts payable', 'Owner', 'Office manager', 'Controller', 'Purchasing', 'Bookkeeper'] as const;
const termsChoices = ['Net 30', 'Net 30', 'Net 15', 'Net 45', 'Due on receipt'] as const;

function phone(r: Random, country: string, area: string): { number: string; e164: string } {
  const line = String(r.int(0, 9999)).padStart(4, '0');
  if (country === 'GB') {
    const tail = `0${line.slice(1)}`;
    return { number: r.chance(0.5) ? `020 7946 ${tail}` : `+44 20 7946 ${tail}`, e164: `+44207946${tail}` };
  }
  const style = r.int(0, 3);
  const number =
    style === 0
      ? `(${area}) 555-${line}`
      : style === 1
        ? `${area}-555-${line}`
        : style === 2
          ? `${area}.555.${line}`
          : `+1 ${area} 555 ${line}`;
  return { number, e164: `+1${area}555${line}` };
}

function person(r: Random): [string, string] {
  return [r.pick(firstNames), r.pick(lastNames)];
}

/** Appends one customer and its 1-2 contacts; returns the customer. */
export function addParty(
  r: Random,
  clock: DayClock,
  index: number,
  commercial: boolean,
  customers: Customer[],
  contacts: Contact[],
): Customer {
  const [city, region, postalCode, country, timeZone, area] = r.pick(cities);
  const [first, last] = person(r);
  const place = `${r.pick(placeStarts)}${r.pick(placeEnds)}`;
  const trade = r.pick(trades);
  const legalName = commercial ? `${place} ${trade} ${r.pick(businessSuffixes)}` : `${first} ${last}`;
  const since = -r.int(30, 1500);
  const createdAt = clock.past(since, 10, r.int(0, 59), timeZone);
  const customer: Customer = {
    id: r.uuid(),
    kind: commercial ? 'commercial' : 'consumer',
    legalName,
    tradingName: '',
    accountNumber: `A-${100000 + index}`,
    timeZone,
    status: 'active',
    defaultTerms: commercial ? r.pick(termsChoices) : 'Due on receipt',
    notes: '',
    createdAt,
    updatedAt: createdAt,
    demo: false,
    addresses: [
      {
        label: commercial ? 'billing' : 'home',
        line1: `${r.int(10, 9899)} ${r.pick(streets)}`,
        line2: '',
        city,
        region,
        postalCode,
        country,
      },
    ],
  };
  customers.push(customer);
  const domain = `${place}${trade.split(' ')[0] ?? ''}`.toLowerCase().replace(/[^a-z]/g, '');
  const people = commercial ? (r.chance(0.5) ? 2 : 1) : 1;
  for (let k = 0; k < people; k += 1) {
    const [given, family] = commercial || k > 0 ? person(r) : [first, last];
    const main = phone(r, country, area);
    const phones: ContactPhone[] = [{ label: commercial ? 'office' : 'mobile', number: main.number, e164: main.e164 }];
    if (r.chance(0.25)) {
      const extra = phone(r, country, area);
      phones.push({ label: commercial ? 'direct' : 'home', number: extra.number, e164: extra.e164 });
    }
    const handle = `${given}.${family}`.toLowerCase().replace(/[^a-z.]/g, '');
    contacts.push({
      id: r.uuid(),
      customerId: customer.id,
      name: `${given} ${family}`,
      role: commercial ? r.pick(roles) : 'Account holder',
      authorisesPayment: k === 0 && (!commercial || r.chance(0.8)),
      phones,
      emails: [commercial ? `${handle}@${domain}.example.com` : `${handle}${r.int(1, 99)}@example.org`],
      notes: '',
      createdAt,
      updatedAt: createdAt,
    });
  }
  return customer;
}
