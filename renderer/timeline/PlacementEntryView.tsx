// A placement on the timeline: "Placed with <agency>" when it went, "Recalled from <agency>"
// (with the reason) when it came back.
import { formatCalendarDate } from '../../shared/dates/calendar';
import type { AgencyPlacement } from '../../shared/placements/schema';

interface Props {
  event: 'placed' | 'recalled';
  placement: AgencyPlacement;
  at: string;
  when: string;
  locale: string;
}

export function PlacementEntryView({ event, placement, at, when, locale }: Props) {
  const title = event === 'placed' ? `Placed with ${placement.agencyName}` : `Recalled from ${placement.agencyName}`;
  return (
    <li className="timeline-entry placement" aria-label={`${title}, ${when}`}>
      <div className="entry-head">
        <span className="entry-kind">{title}</span>
        <time dateTime={at}>{when}</time>
      </div>
      {event === 'placed' ? (
        <>
          <p>
            Placed on {formatCalendarDate(placement.placedOn, locale)}
            {placement.agencyReference && ` · agency reference ${placement.agencyReference}`}
          </p>
          {placement.note && <p className="entry-text">{placement.note}</p>}
        </>
      ) : (
        placement.recallReason && <p className="entry-text">{placement.recallReason}</p>
      )}
    </li>
  );
}
