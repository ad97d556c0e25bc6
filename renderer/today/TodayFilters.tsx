// Narrow Today to commercial or consumer accounts, or to one age bucket.
import { agingBucketLabels, agingBuckets, type AgingBucket } from '../../shared/aging/aging';
import type { TodayFilter } from '../../shared/today/filters';

export function TodayFilters({ filter, onChange }: { filter: TodayFilter; onChange(filter: TodayFilter): void }) {
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
    </div>
  );
}
