// An account's tags as small, quiet chips (the customer file header, Today's rows).
import './tags.css';

export function TagList({ tags, label = 'Tags' }: { tags: readonly string[] | undefined; label?: string }) {
  if (!tags || tags.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag} className="tag-chip">
          {tag}
        </li>
      ))}
    </ul>
  );
}
