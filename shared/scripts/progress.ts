// How far the caller is through a script: what they ticked off and which problem paths they
// opened. Saved on the call (Call.stepsCovered / Call.branchesTaken); every helper returns a
// new object so React state and the saved record can share it safely.

export interface ScriptProgress {
  /** Main step ids, 'branchId/stepId' for branch steps, 'stepId#itemId' for checklist ticks. */
  stepsCovered: string[];
  branchesTaken: string[];
}

export const emptyProgress: ScriptProgress = { stepsCovered: [], branchesTaken: [] };

export const branchStepKey = (branchId: string, stepId: string): string => `${branchId}/${stepId}`;
export const checklistKey = (stepId: string, itemId: string): string => `${stepId}#${itemId}`;

export function isCovered(progress: ScriptProgress, key: string): boolean {
  return progress.stepsCovered.includes(key);
}

/** Adds the key once, keeping the order in which things were covered. */
export function markCovered(progress: ScriptProgress, key: string): ScriptProgress {
  if (isCovered(progress, key)) return progress;
  return { ...progress, stepsCovered: [...progress.stepsCovered, key] };
}

export function unmarkCovered(progress: ScriptProgress, key: string): ScriptProgress {
  if (!isCovered(progress, key)) return progress;
  return { ...progress, stepsCovered: progress.stepsCovered.filter((k) => k !== key) };
}

export function toggleCovered(progress: ScriptProgress, key: string): ScriptProgress {
  return isCovered(progress, key) ? unmarkCovered(progress, key) : markCovered(progress, key);
}

/** Records a problem path as taken (once; reopening it later is not a new path). */
export function openBranch(progress: ScriptProgress, branchId: string): ScriptProgress {
  if (progress.branchesTaken.includes(branchId)) return progress;
  return { ...progress, branchesTaken: [...progress.branchesTaken, branchId] };
}

/**
 * The first main step not yet covered, looking from `after` onwards and then from the start,
 * or null when every step is covered.
 */
export function nextUncoveredStep(script: { steps: readonly { id: string }[] }, progress: ScriptProgress, after?: string): string | null {
  const ids = script.steps.map((step) => step.id);
  const start = after === undefined ? 0 : ids.indexOf(after) + 1;
  const ordered = [...ids.slice(start), ...ids.slice(0, start)];
  return ordered.find((id) => !isCovered(progress, id)) ?? null;
}
