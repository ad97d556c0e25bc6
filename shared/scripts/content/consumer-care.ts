// What every call to a private person must say, and in which order: first make sure the account
// holder is on the line, then say plainly that the call is about collecting a debt and that they
// may dispute it. US rules for consumer collection calls expect these; wording is ours.
// Each line is consumer-only, so a script can carry them and still read right for a business.
import type { TemplateLine } from '../model';

/** Before any figure or the reason for the call: is this the account holder? */
export const checkIdentityLine: TemplateLine = {
  text: 'Before I go on, I need to be sure I am speaking with the right person. Could you confirm your full name and [one detail on file, such as the postal address]?',
  only: 'consumer',
};

/** Who is calling, and that the call is to collect a debt. */
export const debtPurposeLine: TemplateLine = {
  text: 'Thank you. I am {callerName} from {companyName}. I should tell you that this call is about collecting a debt, and anything you tell me will be used for that purpose.',
  only: 'consumer',
};

/** The right to dispute. */
export const disputeRightLine: TemplateLine = {
  text: 'If you believe you do not owe this, or not all of it, you have the right to dispute it. Tell me now or write to us, and we will look into it and reply in writing.',
  only: 'consumer',
};

/** The three lines in the order they are said, for any script's opening step. */
export const consumerOpeningLines: TemplateLine[] = [checkIdentityLine, debtPurposeLine, disputeRightLine];

/** What the caller must keep in mind on every consumer call. */
export const consumerOpeningGuidance: TemplateLine[] = [
  { text: 'Nothing about the account or any amount until the account holder has confirmed who they are.', only: 'consumer' },
  { text: 'Someone else answers? Leave only your name, company and number, never why you are calling.', only: 'consumer' },
];
