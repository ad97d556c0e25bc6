// The window's page dying or hanging: reloaded and the user told; a hung page gets a grace
// period; a page that keeps dying is left alone after a few tries.
import { describe, expect, it } from 'vitest';
import {
  createWindowRecovery,
  crashesBeforeGivingUp,
  givenUpNotice,
  hungPageGraceMs,
  reloadedNotice,
  type RecoverableWindow,
} from '../../../electron/services/window-recovery';
import { createFakeClock } from '../../host/fake-clock';
import { createRecordingNotifier } from '../../host/recording-notifier';

function setup() {
  const clock = createFakeClock({ start: '2026-12-02T15:00:00.000Z' });
  const notifier = createRecordingNotifier();
  const warnings: string[] = [];
  let activations = 0;
  const recovery = createWindowRecovery({ clock, notifier, warn: (m) => void warnings.push(m), activate: () => void activations++ });
  const window = { reloads: 0, crashes: 0, destroyed: false } as { reloads: number; crashes: number; destroyed: boolean };
  const handle: RecoverableWindow = {
    isDestroyed: () => window.destroyed,
    reload: () => void window.reloads++,
    crashPage: () => {
      window.crashes++;
      recovery.pageGone(handle, 'killed');
    },
  };
  return { clock, notifier, warnings, recovery, window, handle, activations: () => activations };
}

describe('window recovery', () => {
  it('reloads a page that crashed and tells the user, whose click brings the window forward', () => {
    const { recovery, handle, window, notifier, activations } = setup();
    recovery.pageGone(handle, 'crashed');
    expect(window.reloads).toBe(1);
    expect(notifier.shown).toEqual([reloadedNotice]);
    notifier.click(0);
    expect(activations()).toBe(1);
  });

  it('does nothing when the page ended normally or the window is gone', () => {
    const { recovery, handle, window, notifier } = setup();
    recovery.pageGone(handle, 'clean-exit');
    window.destroyed = true;
    recovery.pageGone(handle, 'crashed');
    expect(window.reloads).toBe(0);
    expect(notifier.shown).toEqual([]);
  });

  it(`stops reloading after ${crashesBeforeGivingUp} losses within a minute, and tries again later`, async () => {
    const { recovery, handle, window, notifier, clock } = setup();
    for (let i = 0; i <= crashesBeforeGivingUp; i += 1) recovery.pageGone(handle, 'oom');
    expect(window.reloads).toBe(crashesBeforeGivingUp);
    expect(notifier.shown.at(-1)).toEqual(givenUpNotice);
    await clock.advance(61_000);
    recovery.pageGone(handle, 'crashed');
    expect(window.reloads).toBe(crashesBeforeGivingUp + 1);
  });

  it('gives a hung page its grace period, then ends and reloads it', async () => {
    const { recovery, handle, window, notifier, clock } = setup();
    recovery.pageUnresponsive(handle);
    recovery.pageUnresponsive(handle); // reported again: one wait, not two
    await clock.advance(hungPageGraceMs - 1);
    expect(window.crashes).toBe(0);
    await clock.advance(1);
    expect(window.crashes).toBe(1);
    expect(window.reloads).toBe(1);
    expect(notifier.shown).toEqual([reloadedNotice]);
  });

  it('leaves a page alone that answers again within the grace period', async () => {
    const { recovery, handle, window, clock } = setup();
    recovery.pageUnresponsive(handle);
    await clock.advance(5_000);
    recovery.pageResponsive();
    await clock.advance(hungPageGraceMs);
    expect(window.crashes).toBe(0);
    expect(clock.armedTimers()).toBe(0);
  });
});
