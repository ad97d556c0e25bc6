// Why a letter cannot be printed yet: the account is closed to contact, the letter is not true of
// it, or each missing value with the way to add it.
import type { LetterRefusal } from '../../shared/letters/compose-letter';

export function LetterNotReady({ id, refusal }: { id: string; refusal: LetterRefusal }) {
  return (
    <div id={id} className="letter-not-ready" role="status">
      <p>
        <strong>This letter cannot be printed yet.</strong>
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
      {refusal.problems.map((p, i) => (
        <p key={i}>{p.message}</p>
      ))}
    </div>
  );
}
