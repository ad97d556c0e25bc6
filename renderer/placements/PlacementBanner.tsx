// Shown at the top of a placed account's file: with whom and since when, why calling is off,
// and the way back ("Recall from agency…").
import type { AgencyPlacement, CurrentPlacement } from '../../shared/placements/schema';
import { callsPausedText, placedWithText } from '../../shared/placements/placement-text';
import './placements.css';

interface Props {
  placement: CurrentPlacement;
  /** The stored record, for the agency's reference and the note (absent while the file loads). */
  record: AgencyPlacement | undefined;
  locale: string;
  onRecall(): void;
}

export function PlacementBanner({ placement, record, locale, onRecall }: Props) {
  const headline = placedWithText(placement, locale);
  return (
    <section className="placement-banner" aria-label="Agency placement">
      <div>
        <p className="placement-headline">
          <strong>{headline}</strong>
          {record?.agencyReference ? <span className="muted"> · agency reference {record.agencyReference}</span> : null}
        </p>
        <p>{callsPausedText(placement)}</p>
        {record?.note ? <p className="placement-note">{record.note}</p> : null}
      </div>
      <button type="button" onClick={onRecall}>
        Recall from agency…
      </button>
    </section>
  );
}
