// The email as the customer will read it, values from the account marked, and, when it cannot
// be sent yet, exactly what is missing and where to fix it.
import { NotReady } from '../templates/NotReady';
import { Fragment } from 'react';
import type { EmailRefusal } from '../../shared/email/compose';
import type { FilledText } from '../../shared/scripts/model';

export function FilledWords({ text }: { text: FilledText }) {
  return (
    <>
      {text.map((segment, index) =>
        segment.kind === 'figure' ? (
          <mark key={index} className="email-figure">
            {segment.value}
          </mark>
        ) : segment.kind === 'prompt' ? (
          <span key={index} className="email-gap">
            {`[${segment.value}]`}
          </span>
        ) : (
          <Fragment key={index}>{segment.value}</Fragment>
        ),
      )}
    </>
  );
}

export function EmailPreview({ subject, body }: { subject: FilledText; body: FilledText }) {
  return (
    <section className="email-preview" aria-label="Preview">
      <p className="email-preview__subject">
        <span className="muted">Subject: </span>
        <FilledWords text={subject} />
      </p>
      <div className="email-preview__body">
        <FilledWords text={body} />
      </div>
    </section>
  );
}

/** Why "Open in mail app" is not available: each missing value with the way to add it. */
export function EmailNotReady({ id, refusal }: { id: string; refusal: EmailRefusal }) {
  return (
    <NotReady id={id} heading="This email cannot be sent yet." refusal={refusal} problemText={(p) => `In the ${p.part}: ${p.message}`} />
  );
}
