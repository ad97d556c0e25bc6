// The save-time check for a whole call script (an edited copy from the library): every line,
// piece of guidance and checklist item, each problem with the step it is in, so the editor can
// take the user to it. Titles are shown as written and hold no fields, so they are not read here.
import type { ScriptStepTemplate, ScriptTemplate } from '../scripts/model';
import { checkTemplate } from './check-template';
import type { TemplateProblem } from './template-text';

export interface ScriptTemplateProblem extends TemplateProblem {
  /** The problem path the step belongs to; left out for the main steps. */
  branchId?: string;
  stepId: string;
  part: 'line' | 'guidance' | 'checklist';
  /** Which line, piece of guidance or checklist item of the step, from 0. */
  index: number;
}

function stepProblems(step: ScriptStepTemplate, branchId: string | undefined): ScriptTemplateProblem[] {
  const texts = [
    ...step.lines.map((line, index) => ({ part: 'line' as const, index, text: line.text })),
    ...step.guidance.map((line, index) => ({ part: 'guidance' as const, index, text: line.text })),
    ...(step.checklist ?? []).map((item, index) => ({ part: 'checklist' as const, index, text: item.label })),
  ];
  return texts.flatMap(({ part, index, text }) =>
    checkTemplate(text, 'script').map((problem) => ({ ...problem, ...(branchId ? { branchId } : {}), stepId: step.id, part, index })),
  );
}

/** Every problem in a script, main steps first, then each problem path's; none means it can be saved. */
export function checkScriptTemplate(script: Pick<ScriptTemplate, 'steps' | 'branches'>): ScriptTemplateProblem[] {
  return [
    ...script.steps.flatMap((step) => stepProblems(step, undefined)),
    ...script.branches.flatMap((branch) => branch.steps.flatMap((step) => stepProblems(step, branch.id))),
  ];
}
