// The demo accounts show promises already kept, broken and open; the lifecycle must agree with
// them, or the first status refresh after installing would rewrite the demo story.
import { describe, expect, it } from 'vitest';
import { createDemoData } from '../../../shared/demo/demo-data';
import { promiseProgress } from '../../../shared/promises/lifecycle';
import { defaultSettings } from '../../../shared/settings/schema';

// A Monday, a Wednesday, a Saturday and a Sunday: demo dates shift around weekends.
const days = ['2026-11-23', '2026-11-25', '2026-11-28', '2026-11-29'];

describe('demo promises', () => {
  it.each(days)('have the status the lifecycle gives them on %s', (today) => {
    const demo = createDemoData({ today, now: new Date(`${today}T17:30:00.000Z`) });
    expect(demo.promises.length).toBeGreaterThan(5);
    for (const promise of demo.promises) {
      const { status } = promiseProgress({
        promise,
        payments: demo.payments.filter((p) => p.customerId === promise.customerId),
        today,
        graceDays: defaultSettings.promiseGraceDays,
        timeZone: defaultSettings.officeTimeZone,
      });
      expect(status, `${promise.id} (${promise.promisedDate})`).toBe(promise.status);
    }
  });
});
