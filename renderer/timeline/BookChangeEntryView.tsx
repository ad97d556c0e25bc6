// An import of the books on the timeline: which file, and what it changed on this account.
import { bookChangeParts, type BookChange } from '../../shared/import/import-history';
import { KeepCodesWhole } from '../ui/KeepCodesWhole';

interface Props {
  change: BookChange;
  when: string;
  locale: string;
}

export function BookChangeEntryView({ change, when, locale }: Props) {
  const parts = bookChangeParts(change, locale);
  return (
    <li className="timeline-entry books" aria-label={`Books updated, ${when}`}>
      <div className="entry-head">
        <span className="entry-kind">Books updated</span>
        <time dateTime={change.at}>{when}</time>
      </div>
      <p>
        From <KeepCodesWhole text={change.fileName} />
        {parts.length > 0 && (
          <>
            : <KeepCodesWhole text={parts.join(', ')} />
          </>
        )}
      </p>
    </li>
  );
}
