// The script editor's form values and their translation to and from a script template. Optional
// parts of a template (a line's audience and condition, a missing checklist) become plain strings
// and empty lists in the form, so every input is controlled and nothing is lost on the way back.
import type { CallResult } from '../../../shared/calls/schema';
import type { CustomerKind } from '../../../shared/customers/schema';
import type { ScriptStepTemplate, ScriptTemplate, TemplateLine } from '../../../shared/scripts';
import { keyToWhen, whenToKey } from '../../../shared/scripts/library/condition-labels';
import type { ScriptTone } from '../../../shared/scripts/tones';

export interface LineValues {
  text: string;
  only: '' | CustomerKind;
  /** '' (always) or conditions joined with '+'. */
  when: string;
}

export interface ChecklistValues {
  id: string;
  label: string;
  only: '' | CustomerKind;
}

export interface StepValues {
  id: string;
  title: string;
  lines: LineValues[];
  guidance: LineValues[];
  checklist: ChecklistValues[];
}

export interface BranchValues {
  id: string;
  title: string;
  whenToUse: string;
  suggestedOutcome: CallResult;
  outcomeHint: string;
  steps: StepValues[];
}

export interface ScriptFormValues {
  title: string;
  description: string;
  tone: ScriptTone;
  forKind: '' | CustomerKind;
  /** '' or a built-in script's id. */
  proposedInstead: string;
  steps: StepValues[];
  branches: BranchValues[];
}

const lineValues = (line: TemplateLine): LineValues => ({ text: line.text, only: line.only ?? '', when: whenToKey(line.when) });

const stepValues = (step: ScriptStepTemplate): StepValues => ({
  id: step.id,
  title: step.title,
  lines: step.lines.map(lineValues),
  guidance: step.guidance.map(lineValues),
  checklist: (step.checklist ?? []).map((item) => ({ id: item.id, label: item.label, only: item.only ?? '' })),
});

export function toFormValues(template: ScriptTemplate, proposedInstead: string | null): ScriptFormValues {
  return {
    title: template.title,
    description: template.description,
    tone: template.tone,
    forKind: template.forKind ?? '',
    proposedInstead: proposedInstead ?? '',
    steps: template.steps.map(stepValues),
    branches: template.branches.map((branch) => ({
      id: branch.id,
      title: branch.title,
      whenToUse: branch.whenToUse,
      suggestedOutcome: branch.suggestedOutcome,
      outcomeHint: branch.outcomeHint,
      steps: branch.steps.map(stepValues),
    })),
  };
}

function templateLine(values: LineValues): TemplateLine {
  const when = keyToWhen(values.when);
  return { text: values.text, ...(values.only ? { only: values.only } : {}), ...(when ? { when } : {}) };
}

function stepTemplate(values: StepValues): ScriptStepTemplate {
  return {
    id: values.id,
    title: values.title,
    lines: values.lines.map(templateLine),
    guidance: values.guidance.map(templateLine),
    ...(values.checklist.length > 0
      ? { checklist: values.checklist.map((item) => ({ id: item.id, label: item.label, ...(item.only ? { only: item.only } : {}) })) }
      : {}),
  };
}

export function fromFormValues(
  values: ScriptFormValues,
  id: string,
  version: number,
): { template: ScriptTemplate; proposedInstead: string | null } {
  const template: ScriptTemplate = {
    id,
    version,
    title: values.title,
    tone: values.tone,
    description: values.description,
    ...(values.forKind ? { forKind: values.forKind } : {}),
    steps: values.steps.map(stepTemplate),
    branches: values.branches.map((branch) => ({
      id: branch.id,
      title: branch.title,
      whenToUse: branch.whenToUse,
      suggestedOutcome: branch.suggestedOutcome,
      outcomeHint: branch.outcomeHint,
      steps: branch.steps.map(stepTemplate),
    })),
  };
  return { template, proposedInstead: values.proposedInstead || null };
}

/** An id for a new step, checklist item or problem path: unique, and never one a script ships with. */
export function newPartId(kind: 'step' | 'item' | 'path'): string {
  return `${kind}-${globalThis.crypto.randomUUID().slice(0, 8)}`;
}

export const emptyLine = (): LineValues => ({ text: '', only: '', when: '' });
export const emptyStep = (): StepValues => ({ id: newPartId('step'), title: '', lines: [emptyLine()], guidance: [], checklist: [] });
