import { describe, expect, it } from 'vitest';
import {
  branchStepKey,
  checklistKey,
  emptyProgress,
  isCovered,
  markCovered,
  nextUncoveredStep,
  openBranch,
  toggleCovered,
  unmarkCovered,
} from '../../../shared/scripts/progress';

const script = { steps: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] };

describe('script progress', () => {
  it('marks a step once and keeps the order of covering', () => {
    let p = markCovered(emptyProgress, 'b');
    p = markCovered(p, 'a');
    p = markCovered(p, 'b');
    expect(p.stepsCovered).toEqual(['b', 'a']);
    expect(emptyProgress.stepsCovered).toEqual([]);
  });

  it('returns the same object when nothing changes', () => {
    const p = markCovered(emptyProgress, 'a');
    expect(markCovered(p, 'a')).toBe(p);
    expect(unmarkCovered(p, 'z')).toBe(p);
    expect(openBranch(openBranch(p, 'no-cash'), 'no-cash').branchesTaken).toEqual(['no-cash']);
  });

  it('unmarks and toggles', () => {
    const p = markCovered(markCovered(emptyProgress, 'a'), 'b');
    expect(unmarkCovered(p, 'a').stepsCovered).toEqual(['b']);
    expect(isCovered(toggleCovered(p, 'a'), 'a')).toBe(false);
    expect(isCovered(toggleCovered(emptyProgress, 'a'), 'a')).toBe(true);
  });

  it('records branches in the order they were opened', () => {
    const p = openBranch(openBranch(emptyProgress, 'dispute'), 'no-cash');
    expect(p.branchesTaken).toEqual(['dispute', 'no-cash']);
    expect(p.stepsCovered).toEqual([]);
  });

  it('finds the next uncovered step, from the start or after a given step, wrapping round', () => {
    expect(nextUncoveredStep(script, emptyProgress)).toBe('a');
    const p = markCovered(emptyProgress, 'a');
    expect(nextUncoveredStep(script, p)).toBe('b');
    expect(nextUncoveredStep(script, p, 'b')).toBe('c');
    expect(nextUncoveredStep(script, markCovered(p, 'c'), 'b')).toBe('b');
    const all = ['a', 'b', 'c'].reduce(markCovered, emptyProgress);
    expect(nextUncoveredStep(script, all)).toBeNull();
  });

  it('ignores branch and checklist keys when finding main steps', () => {
    const p = markCovered(markCovered(emptyProgress, branchStepKey('no-cash', 'a')), checklistKey('a', 'x'));
    expect(p.stepsCovered).toEqual(['no-cash/a', 'a#x']);
    expect(nextUncoveredStep(script, p)).toBe('a');
  });
});
