// An account's tags as small, quiet chips (the customer file header, Today's rows).
import './tags.css';

/** Nothing at all when the account has no tags. */
export function TagList({ tags, className }: { tags: readonly string[] | undefined; className?: string }) {
  if (!tags || tags.length === 0) return null;
  return (
    <ul className={className ? `tag-list ${className}` : 'tag-list'} aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag} className="tag-chip">
          {tag}
        </li>
      ))}
    </ul>
  );
}
