// Narrow Today to commercial or consumer accounts, one age bucket, or one tag.
import { agingBucketLabels, agingBuckets, type AgingBucket } from '../../shared/aging/aging';
import { tagKey } from '../../shared/customers/tags';
import type { TagChoice, TodayFilter } from '../../shared/today/filters';

interface Props {
  filter: TodayFilter;
  /** The tags in use on the queue's accounts and the left-out ones, sorted. */
  tags: readonly string[];
  onChange(filter: TodayFilter): void;
}

// Option values: a tag's own text is prefixed, so no tag can read as "any" or "no tag".
const anyTagValue = 'any';
const noTagValue = 'none';
const tagValue = (tag: string) => `tag:${tag}`;

/** The option of a choice; a chosen tag is matched to its spelling in the list, case aside. */
function choiceValue(choice: TagChoice, tags: readonly string[]): string {
  if (choice === 'all') return anyTagValue;
  if (choice === 'untagged') return noTagValue;
  return tagValue(tags.find((t) => tagKey(t) === tagKey(choice.tag)) ?? choice.tag);
}

function choiceOf(value: string): TagChoice {
  if (value === anyTagValue) return 'all';
  if (value === noTagValue) return 'untagged';
  return { tag: value.slice(tagValue('').length) };
}

export function TodayFilters({ filter, tags, onChange }: Props) {
  // A chosen tag nobody carries any more (its last account was edited) stays choosable, so the
  // select still says what is filtered.
  const chosen = typeof filter.tag === 'object' ? filter.tag.tag : null;
  const tagOptions = chosen !== null && !tags.some((t) => tagKey(t) === tagKey(chosen)) ? [chosen, ...tags] : tags;
  return (
    <div role="group" aria-label="Filter today's calls" className="today-filters">
      <label>
        Accounts{' '}
        <select value={filter.kind} onChange={(e) => onChange({ ...filter, kind: e.target.value as TodayFilter['kind'] })}>
          <option value="all">All accounts</option>
          <option value="commercial">Commercial</option>
          <option value="consumer">Consumer</option>
        </select>
      </label>
      <label>
        Oldest past due{' '}
        <select value={filter.bucket} onChange={(e) => onChange({ ...filter, bucket: e.target.value as AgingBucket | 'all' })}>
          <option value="all">Any age</option>
          {agingBuckets.map((bucket) => (
            <option key={bucket} value={bucket}>
              {bucket === 'current' ? 'Not past due' : agingBucketLabels[bucket]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Tag{' '}
        <select value={choiceValue(filter.tag, tagOptions)} onChange={(e) => onChange({ ...filter, tag: choiceOf(e.target.value) })}>
          <option value={anyTagValue}>Any tag</option>
          {tagOptions.map((tag) => (
            <option key={tag} value={tagValue(tag)}>
              {tag}
            </option>
          ))}
          <option value={noTagValue}>No tag</option>
        </select>
      </label>
    </div>
  );
}
