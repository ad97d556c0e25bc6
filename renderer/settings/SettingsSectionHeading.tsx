// A Settings section's heading, marked "Unsaved changes" while its form has edits not saved.
// The marker is in the heading's name too, so the section's accessible name says it (the
// section is labelled by this heading); the label spells it out so no engine drops the space.
import { useSectionUnsaved } from './unsaved-sections';
import './settings.css';

export const unsavedMarker = 'Unsaved changes';

export function SettingsSectionHeading({ id, section, title }: { id: string; section: string; title: string }) {
  const unsaved = useSectionUnsaved(section);
  return (
    <h2 id={id} className="settings-heading" aria-label={unsaved ? `${title} · ${unsavedMarker}` : undefined}>
      {title}
      {unsaved ? <span className="settings-heading__unsaved">{unsavedMarker}</span> : null}
    </h2>
  );
}
