// The call scripts: the built-in library, which one to propose, filling one with an account's
// figures, and progress through it.
export type {
  FilledBranch,
  FilledChecklistItem,
  FilledScript,
  FilledStep,
  FilledText,
  LineCondition,
  LineWhen,
  ScriptBranchTemplate,
  ScriptContext,
  ScriptInvoice,
  ScriptPerson,
  ScriptSegment,
  ScriptStepTemplate,
  ScriptTemplate,
  TemplateLine,
} from './model';
export { defaultScript, scriptById, scripts, scriptsFor } from './default-script';
export { scriptTones, scriptToneLabels, type ScriptTone } from './tones';
export {
  proposeScript,
  selectionRules,
  selectionThresholds,
  type ScriptProposal,
  type ScriptSelectionFacts,
  type SelectionRuleId,
  type SelectionThresholds,
} from './script-selection';
export { selectionFactsFor } from './selection-facts';
export { conditionsHold, fillScript, fillTemplate, filledTextToString } from './fill-script';
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
