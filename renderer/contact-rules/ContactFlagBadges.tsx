// The do-not-call and cease-contact flags of an account or a person, shown where the caller
// looks before dialling (the customer file header, each contact).
import type { ContactRuleParty } from '../../shared/contact-rules/check-contact-rules';

export function ContactFlagBadges({ party }: { party: ContactRuleParty }) {
  return (
    <>
      {party.doNotCall && <span className="badge danger">Do not call</span>}
      {party.ceaseContact && (
        <span className="badge danger" title="The customer asked us to stop contacting them">
          Cease contact
        </span>
      )}
    </>
  );
}
