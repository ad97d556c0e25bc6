// "Customer raises a problem": one button per problem path, always in reach at the foot of
// the script. The open path's button is pressed; pressing it again returns to the main script.
import { useId } from 'react';
import type { FilledBranch } from '../../shared/scripts';

interface Props {
  branches: readonly FilledBranch[];
  activeId: string | null;
  /** Paths already opened on this call; marked so the caller sees where the call has been. */
  taken: readonly string[];
  onOpen(branchId: string): void;
}

export function ProblemButtons({ branches, activeId, taken, onOpen }: Props) {
  const labelId = useId();
  if (branches.length === 0) return null;
  return (
    <div className="script-problems" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="script-label">
        Customer raises a problem
      </span>
      <div className="script-problem-buttons">
        {branches.map((branch) => (
          <button
            key={branch.id}
            type="button"
            data-branch={branch.id}
            className={taken.includes(branch.id) ? 'is-taken' : undefined}
            aria-pressed={branch.id === activeId}
            title={branch.whenToUse}
            onClick={() => onOpen(branch.id)}
          >
            {branch.title}
          </button>
        ))}
      </div>
    </div>
  );
}
