// Why a letter or an email cannot go out yet, in the dialog that would send it: the account is
// closed to contact, the template is not true of it, each missing value with the way to add it,
// and any problem in the wording. One component, so both say it the same way.
import type { RenderRefusal } from '../../shared/templates';
import type { TemplateProblem } from '../../shared/templates';
import './not-ready.css';

interface Refusal<Problem extends TemplateProblem> extends RenderRefusal<Problem> {
  unfit: string | null;
  blocked: string | null;
}

interface Props<Problem extends TemplateProblem> {
  id: string;
  /** "This letter cannot be printed yet." */
  heading: string;
  refusal: Refusal<Problem>;
  /** A wording problem as a sentence (an email's says whether it is in the subject or the text). */
  problemText?: (problem: Problem) => string;
}

export function NotReady<Problem extends TemplateProblem>({ id, heading, refusal, problemText = (p) => p.message }: Props<Problem>) {
  const nothingListed = !refusal.blocked && !refusal.unfit && refusal.missing.length === 0 && refusal.problems.length === 0;
  return (
    <div id={id} className="template-not-ready" role="status">
      <p>
        <strong>{heading}</strong>
      </p>
      {refusal.blocked && <p>{refusal.blocked}</p>}
      {refusal.unfit && <p>{refusal.unfit}</p>}
      {refusal.missing.length > 0 && (
        <>
          <p>Missing:</p>
          <ul>
            {refusal.missing.map((m) => (
              <li key={m.field}>
                {m.label}: {m.whenMissing}
              </li>
            ))}
          </ul>
        </>
      )}
      {refusal.problems.map((p) => (
        <p key={`${p.start}-${p.code}-${problemText(p)}`}>{problemText(p)}</p>
      ))}
      {nothingListed && <p>{refusal.message}</p>}
    </div>
  );
}
