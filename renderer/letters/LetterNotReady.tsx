// Why a letter cannot be printed yet: the account is closed to contact, the letter is not true of
// it, or each missing value with the way to add it.
import type { LetterRefusal } from '../../shared/letters/compose-letter';
import { NotReady } from '../templates/NotReady';

export function LetterNotReady({ id, refusal }: { id: string; refusal: LetterRefusal }) {
  return <NotReady id={id} heading="This letter cannot be printed yet." refusal={refusal} />;
}
