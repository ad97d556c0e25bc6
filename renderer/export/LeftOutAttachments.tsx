// The attachments main could not put in a packet, each with its reason. The packet has a page
// in each one's place; this tells the user which files to send the agency separately.
import type { SavedPdf } from './use-pdf-export';

export function leftOutAttachments(saved: SavedPdf) {
  return saved.attachments.filter((a) => !a.included);
}

export function LeftOutAttachments({ saved }: { saved: SavedPdf }) {
  const left = leftOutAttachments(saved);
  if (left.length === 0) return null;
  return (
    <div className="export-left-out">
      <p>
        {left.length === 1 ? 'One attached document could not be included' : `${left.length} attached documents could not be included`}; the
        packet has a page saying so in its place:
      </p>
      <ul>
        {left.map((a, i) => (
          <li key={`${i}-${a.name}`}>
            <strong>{a.name}</strong>: {a.reason ?? 'It could not be read.'}
          </li>
        ))}
      </ul>
    </div>
  );
}
