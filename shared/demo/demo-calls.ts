// How a closed demo call looks for each result: which script steps the caller got through and
// how long the line was open. Step ids are those of the default call script.
import type { CallResult } from '../calls/schema';
import { defaultScript } from '../scripts/default-script';
import type { Random } from './random';

export const demoScriptId = defaultScript.id;

/** Ids of the problem paths in the default script (seed 002's five problems). */
export type DemoBranch = 'wrong-person' | 'our-failure' | 'missing-records' | 'invoice-problem' | 'no-cash';

const fullCall = [
  'identify',
  'confirm-receipt',
  'remind-terms',
  'ask-listen',
  'ask-payment',
  'secure-promise',
  'confirm-details',
  'close-summarise',
];

const stepsByResult: Record<CallResult, string[]> = {
  'promise-to-pay': fullCall,
  'reached-no-promise': ['identify', 'confirm-receipt', 'remind-terms', 'ask-listen', 'ask-payment', 'close-summarise'],
  dispute: ['identify', 'confirm-receipt', 'remind-terms', 'ask-listen', 'confirm-details', 'close-summarise'],
  'callback-requested': ['identify', 'ask-listen', 'confirm-details', 'close-summarise'],
  'left-message': ['identify'],
  'no-answer': [],
  'wrong-number': ['identify'],
  refused: ['identify', 'confirm-receipt', 'remind-terms', 'ask-listen', 'ask-payment', 'close-summarise'],
};

/** Steps a wrong-person call gets through before it is handed on. */
const wrongPersonSteps = ['identify', 'confirm-receipt', 'ask-listen', 'confirm-details', 'close-summarise'];

export function stepsFor(result: CallResult, branches: readonly DemoBranch[]): string[] {
  if (branches.includes('wrong-person') && result !== 'promise-to-pay') return [...wrongPersonSteps];
  return [...stepsByResult[result]];
}

export function durationFor(result: CallResult, random: Random): number {
  switch (result) {
    case 'no-answer':
      return random.int(20, 45);
    case 'left-message':
      return random.int(50, 110);
    case 'wrong-number':
      return random.int(30, 70);
    default:
      return random.int(150, 780);
  }
}
