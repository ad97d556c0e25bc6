// The demo accounts through the whole Today path: facts read from the database, ranked, worded.
import { afterEach, describe, expect, it } from 'vitest';
import type { CallDeskDb } from '../../../renderer/data/db';
import { completeSetup } from '../../../renderer/demo/first-run';
import { computerSettings } from '../../../renderer/settings/computer-defaults';
import { readTodayFacts } from '../../../renderer/today/today-facts';
import { defaultContactRuleSettings } from '../../../shared/contact-rules/check-contact-rules';
import type { Settings } from '../../../shared/settings/schema';
import { buildTodayQueue } from '../../../shared/today/queue';
import { todayRuleBreaches } from '../../../shared/today/today-rules';
import { leftOutText, reasonText } from '../../../shared/today/wording';
import { dropDb, freshDb } from '../data/fixtures';

// Wednesday 16:45 in the Chicago office: 14:45 in Los Angeles, after Harbor Point's 14:30 callback.
const now = new Date('2026-06-17T21:45:00.000Z');
const office: Settings = {
  ...computerSettings({ timeZone: 'America/Chicago', locales: ['en-US'] }),
  companyName: 'Bayline Mechanical Services',
  companyAddress: '200 Harbor Way',
  callerName: 'Jordan Reyes',
  callbackNumber: '(415) 555-0100',
  currency: 'USD',
};

describe('Today on the demo accounts', () => {
  let db: CallDeskDb;
  afterEach(() => dropDb(db));

  it('opens with the due callbacks, then the broken promise, then the accounts to chase', async () => {
    db = freshDb();
    await completeSetup(db, { settings: office, startWith: 'demo' }, now);
    const facts = await readTodayFacts(db, now, office);
    const queue = buildTodayQueue({
      ...facts,
      now,
      officeTimeZone: 'America/Chicago',
      contactRuleBreaches: (a) => todayRuleBreaches(a, now, defaultContactRuleSettings),
    });
    const ctx = { office: { timeZone: 'America/Chicago', locale: 'en-US' }, today: queue.officeToday };
    const rows = queue.rows.map((r) => [r.tier, r.account.name, reasonText(r.reason, ctx)]);
    expect(rows.slice(0, 4)).toEqual([
      ['follow-up', 'Jorge Alvarez', 'Callback, overdue since Jun 15, 2026, 6:30 PM: Call Jorge after 6 pm about the missed card payment.'],
      [
        'follow-up',
        'Harbor Point Dental Group',
        expect.stringMatching(/^Callback, due 4:30 PM: Call Marcus Lee \(Controller\) after 2 pm about INV-/),
      ],
      [
        'promise',
        'Redstone Framing & Concrete LLC',
        'Instalment 2 of 2 ($2,800.00 by cheque in the mail) was due on Jun 8, 2026; only part received',
      ],
      ['promise', 'Oakridge Builders LLC', 'Promise of $4,212.60 by cheque in the mail was due on Jun 11, 2026; nothing received'],
    ]);
    expect(rows.slice(4).every(([tier]) => tier === 'chase')).toBe(true);
    const leftOut = new Map(queue.leftOut.map((r) => [r.account.name, leftOutText(r.reasons[0]!, ctx)]));
    expect(leftOut.get('Tidewater Seafood Kitchen LLC')).toBe('Dispute open: on hold until it is resolved');
    expect(leftOut.get('Westbrook Property Management LLC')).toBe('Promise pending: $3,150.00 due on Jun 22, 2026');
    expect(leftOut.get('Hannah Brooks')).toBe('Call after 8:00 their time'); // 22:45 in Bristol
    expect(leftOut.get('Blue Heron Catering Co.')).toBe('Nothing past due');
  });
});
