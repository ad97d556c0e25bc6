// The built-in scripts for each stage of an overdue account, and the one for private persons.
// Each is read-only: a change of wording is a new version, so a closed call can say which text
// was read. All share the preparation, promise and contact-detail steps, and the problem paths.
import { problemBranches } from './content/branches';
import {
  consumerCloseStep,
  affordablePaymentStep,
  checkIdentityStep,
  disclosuresStep,
  explainOwedStep,
  reachPersonStep,
} from './content/consumer-steps';
import {
  finalCheckStep,
  finalCloseStep,
  finalHelloStep,
  lastChanceStep,
  nextStepStep,
  statePositionStep,
} from './content/final-call-steps';
import { checkReceivedStep, friendlyAskStep, friendlyCloseStep, friendlyHelloStep } from './content/first-reminder-steps';
import { confirmDetailsStep, prepareStep, securePromiseStep } from './content/main-steps';
import {
  followUpCloseStep,
  followUpHelloStep,
  nextPaymentStep,
  promiseOutcomeStep,
  remainderStep,
} from './content/promise-follow-up-steps';
import { escalateStep, firmAskStep, firmCloseStep, firmHelloStep, missedDateStep, whyUnpaidStep } from './content/second-call-steps';
import type { ScriptTemplate } from './model';

export const firstReminderScript: ScriptTemplate = {
  id: 'first-reminder',
  version: 1,
  title: 'First reminder',
  tone: 'friendly',
  description: 'Soon after the due date: assumes an oversight and checks the invoice arrived and was approved.',
  steps: [prepareStep, friendlyHelloStep, checkReceivedStep, friendlyAskStep, securePromiseStep, confirmDetailsStep, friendlyCloseStep],
  branches: problemBranches,
};

export const secondCallScript: ScriptTemplate = {
  id: 'second-call',
  version: 1,
  title: 'Second call',
  tone: 'firm',
  description: 'The reminder did not bring payment: names the missed date, asks for a set date and amount, goes to the approver.',
  steps: [prepareStep, firmHelloStep, missedDateStep, whyUnpaidStep, firmAskStep, escalateStep, securePromiseStep, firmCloseStep],
  branches: problemBranches,
};

export const finalCallScript: ScriptTemplate = {
  id: 'final-call',
  version: 1,
  title: 'Final call before agency',
  tone: 'final',
  description: 'Before placing the account: states the decided next step plainly and offers a last date to settle.',
  steps: [prepareStep, finalCheckStep, finalHelloStep, statePositionStep, nextStepStep, lastChanceStep, securePromiseStep, finalCloseStep],
  branches: problemBranches,
};

export const promiseFollowUpScript: ScriptTemplate = {
  id: 'promise-follow-up',
  version: 1,
  title: 'Promise follow-up',
  tone: 'follow-up',
  description: 'After a promise to pay: thanks them if it was kept, or asks what happened and gets a new firm date.',
  steps: [prepareStep, followUpHelloStep, promiseOutcomeStep, remainderStep, nextPaymentStep, securePromiseStep, followUpCloseStep],
  branches: problemBranches,
};

export const consumerCallScript: ScriptTemplate = {
  id: 'consumer-call',
  version: 1,
  title: 'Consumer call',
  tone: 'consumer',
  description: 'For a private person: plain words, identity checked first, and the required debt and dispute notices.',
  forKind: 'consumer',
  steps: [
    prepareStep,
    reachPersonStep,
    checkIdentityStep,
    disclosuresStep,
    explainOwedStep,
    affordablePaymentStep,
    securePromiseStep,
    confirmDetailsStep,
    consumerCloseStep,
  ],
  branches: problemBranches,
};

/** In the picker's order: the stages of an overdue account, then the consumer call. */
export const stageScripts: readonly ScriptTemplate[] = [
  firstReminderScript,
  secondCallScript,
  finalCallScript,
  promiseFollowUpScript,
  consumerCallScript,
];
