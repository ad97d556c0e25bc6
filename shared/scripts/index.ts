// The call script: content, filling it with an account's figures, and progress through it.
export type {
  FilledBranch,
  FilledChecklistItem,
  FilledScript,
  FilledStep,
  FilledText,
  LineCondition,
  ScriptBranchTemplate,
  ScriptContext,
  ScriptInvoice,
  ScriptPerson,
  ScriptSegment,
  ScriptStepTemplate,
  ScriptTemplate,
  TemplateLine,
} from './model';
export { defaultScript, scriptById, scripts } from './default-script';
export { fillScript, fillTemplate, filledTextToString } from './fill-script';
export { placeholderNames, placeholdersIn, isPlaceholderName, type PlaceholderName } from './placeholders';
export {
  branchStepKey,
  checklistKey,
  emptyProgress,
  isCovered,
  markCovered,
  nextUncoveredStep,
  openBranch,
  toggleCovered,
  unmarkCovered,
  type ScriptProgress,
} from './progress';
