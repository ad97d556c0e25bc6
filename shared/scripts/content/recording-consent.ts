// The line every script opens with when Settings asks for it: where both sides must agree to a
// call being recorded, the caller says so before anything else is discussed, and asks. The
// aside tells the caller what to do when the answer is no.
import type { TemplateLine } from '../model';

export const recordingConsentLine: TemplateLine = {
  text:
    'Before we go on: this call may be recorded, so that we both have an exact record of what we agree. Is that all right with you? ' +
    '[If they say no, do not record the call, and write in the note that they declined.]',
};
