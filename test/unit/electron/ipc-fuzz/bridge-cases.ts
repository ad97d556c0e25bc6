// What the bridge fuzz sends every window.callDesk (the preload's, and the page core the e2e test
// host and browser mode share): names a page could give in place of a channel's or an event's,
// and the checks that each is refused the preload's way.
import { expect } from 'vitest';
import { createRandom } from '../../../../shared/demo/random';
import { eventChannels, unknownNameMessage } from '../../../../shared/ipc/channels';
import type { CallDeskBridge } from '../../../../shared/ipc/contract';
import { traversalNames } from './hostile-values';

/** Names a page could give instead of a channel's: near misses, prototype names, huge text, non-text. */
export function hostileNames(): unknown[] {
  const random = createRandom(15);
  const randomText = () => Array.from({ length: random.int(1, 30) }, () => String.fromCharCode(random.int(0, 0x2fff))).join('');
  return [
    null,
    undefined,
    42,
    Number.NaN,
    true,
    10n,
    {},
    [],
    ['app:get-info'],
    Object.create(null) as unknown,
    { toString: () => 'app:get-info' },
    {
      toString: () => {
        throw new Error('a page-made toString');
      },
    },
    '',
    ' app:get-info',
    'APP:GET-INFO',
    'app:get-info\u0000',
    'app:*',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'x'.repeat(5 * 1024 * 1024),
    ...eventChannels, // events are not invoke channels, and invoke channels are not events
    ...traversalNames,
    ...Array.from({ length: 20 }, randomText),
  ];
}

export interface Settled {
  rejected: boolean;
  reason: unknown;
  value?: unknown;
}

/** Calls `invoke` and returns how it settled; a synchronous throw fails the test. */
export async function settle(invoke: () => Promise<unknown>): Promise<Settled> {
  let promise: Promise<unknown>;
  try {
    promise = invoke();
  } catch (error) {
    throw new Error(`invoke threw instead of rejecting: ${String(error)}`, { cause: error });
  }
  return promise.then(
    (value: unknown) => ({ rejected: false, reason: undefined, value }),
    (reason: unknown) => ({ rejected: true, reason }),
  );
}

/**
 * Every hostile name is refused with the preload's own sentence (unknownNameMessage): invoke by
 * a rejection, on by a throw; and nothing reaches main (`reached` counts what did).
 */
export async function expectNameRefusals(bridge: CallDeskBridge, reached: () => number): Promise<void> {
  for (const name of hostileNames()) {
    const shown = typeof name === 'string' ? JSON.stringify(name.slice(0, 40)) : typeof name;
    const { rejected, reason } = await settle(() => bridge.invoke(name as string, { url: 'tel:+15551234567' }));
    expect(rejected, shown).toBe(true);
    expect(reason, shown).toBeInstanceOf(Error);
    expect((reason as Error).message, shown).toBe(unknownNameMessage('channel', name));

    if (!(eventChannels as readonly unknown[]).includes(name)) {
      expect(() => bridge.on(name as string, () => {}), shown).toThrow(new Error(unknownNameMessage('event', name)));
    }
  }
  expect(reached()).toBe(0);
}

/** Frames that are not the app's own page: other sites, other schemes, look-alike hosts. */
export const foreignPageUrls = [
  '',
  'about:blank',
  'https://evil.example/index.html',
  'http://call-desk/index.html',
  'app://call-desk.evil.example/index.html',
  'app://evil/index.html',
  'app://call-desk:8080/index.html',
  'app:call-desk/index.html',
  'app:///call-desk/index.html',
  'file:///index.html',
  'data:text/html,<script>1</script>',
  'blob:https://evil.example/4f1c',
  'javascript:alert(1)',
  'not a url at all',
];
