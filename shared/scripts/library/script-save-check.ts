// What stops an edited script from being saved, each problem with where it is in words ("Step 3,
// Ask for payment, line 2") so the editor can list it and take the user there. Unknown merge
// fields are refused here, at save time: a call never reads a blank where a figure should be.
import { checkScriptTemplate, type ScriptTemplateProblem } from '../../templates/check-script';
import type { ScriptTemplate } from '../model';
import { scriptTemplateSchema } from './script-schema';

export interface ScriptSaveProblem {
  /** "Step 2, Say who you are, line 1" or "Problem path Dispute, step 1, guidance 2"; '' for the script itself. */
  where: string;
  message: string;
  /** The form field the problem is in (react-hook-form path), when it is one. */
  fieldPath: string | null;
}

const partWords = { line: 'line', guidance: 'guidance', checklist: 'checklist item' } as const;
const partFields = { line: 'lines', guidance: 'guidance', checklist: 'checklist' } as const;

function placeOf(script: ScriptTemplate, problem: ScriptTemplateProblem): { where: string; fieldPath: string } {
  const branchIndex = problem.branchId ? script.branches.findIndex((b) => b.id === problem.branchId) : -1;
  const branch = branchIndex >= 0 ? script.branches[branchIndex] : undefined;
  const steps = branch ? branch.steps : script.steps;
  const stepIndex = steps.findIndex((s) => s.id === problem.stepId);
  const step = steps[stepIndex];
  const stepWords = `step ${stepIndex + 1}${step ? `, ${step.title}` : ''}, ${partWords[problem.part]} ${problem.index + 1}`;
  const where = branch ? `Problem path ${branch.title}, ${stepWords}` : stepWords.charAt(0).toUpperCase() + stepWords.slice(1);
  const leaf = problem.part === 'checklist' ? 'label' : 'text';
  const stepPath = `steps.${stepIndex}.${partFields[problem.part]}.${problem.index}.${leaf}`;
  return { where, fieldPath: branch ? `branches.${branchIndex}.${stepPath}` : stepPath };
}

/** Every reason the script cannot be saved as it is; none means it can. */
export function scriptSaveProblems(script: ScriptTemplate): ScriptSaveProblem[] {
  const parsed = scriptTemplateSchema.safeParse(script);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      where: '',
      message: issue.message,
      fieldPath: issue.path.length > 0 ? issue.path.map(String).join('.') : null,
    }));
  }
  return checkScriptTemplate(parsed.data).map((problem) => {
    const place = placeOf(parsed.data, problem);
    return { where: place.where, message: problem.message, fieldPath: place.fieldPath };
  });
}
