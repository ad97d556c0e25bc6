// The call script beside the note editor: walks the caller through the main steps with the
// account's figures filled in, and opens a problem path when the customer raises one.
// Progress (what is covered, which paths were opened) belongs to the call and is lifted up
// through onChange; which step is open is only view state and stays here.
import { useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import {
  branchStepKey,
  checklistKey,
  isCovered,
  markCovered,
  nextUncoveredStep,
  openBranch,
  toggleCovered,
  type FilledScript,
  type ScriptProgress,
} from '../../shared/scripts';
import { displayKeys } from '../shell/shortcuts';
import { isMac } from '../platform/environment';
import { BranchPath } from './BranchPath';
import { ProblemButtons } from './ProblemButtons';
import { ScriptRecord } from './ScriptRecord';
import { scriptKeyAction, scriptShortcuts, type ScriptKeyAction } from './script-shortcuts';
import { StepItem } from './StepItem';
import './script-panel.css';

export { scriptShortcuts };

export interface ScriptPanelProps {
  script: FilledScript;
  progress: ScriptProgress;
  onChange(progress: ScriptProgress): void;
  /** A closed call: the same content, nothing to tick. */
  readOnly?: boolean;
  /** Lets the rest of the call (the note) move through the script without taking the focus. */
  stepperRef?: Ref<ScriptStepper>;
}

export interface ScriptStepper {
  /** Mod+] or Mod+[ pressed outside the panel: the step changes, the focus stays where it is. */
  step(action: ScriptKeyAction): void;
}

export function ScriptPanel(props: ScriptPanelProps) {
  return props.readOnly ? <ScriptRecord script={props.script} progress={props.progress} /> : <LiveScript {...props} />;
}

function resumedBranch(script: FilledScript, progress: ScriptProgress) {
  const last = progress.branchesTaken.at(-1);
  return script.branches.find((b) => b.id === last) ?? null;
}

function LiveScript({ script, progress, onChange, stepperRef }: ScriptPanelProps) {
  const mainIds = script.steps.map((step) => step.id);
  const [currentId, setCurrentId] = useState(() => nextUncoveredStep(script, progress) ?? mainIds[0] ?? null);
  // A resumed call (after a reload or crash) reopens the last problem path it was on.
  const [branchId, setBranchId] = useState<string | null>(() => resumedBranch(script, progress)?.id ?? null);
  const [branchStepId, setBranchStepId] = useState<string | null>(() => {
    const resumed = resumedBranch(script, progress);
    return resumed
      ? ((resumed.steps.find((s) => !isCovered(progress, branchStepKey(resumed.id, s.id))) ?? resumed.steps[0])?.id ?? null)
      : null;
  });
  const mounted = useRef(false);
  const [announcement, setAnnouncement] = useState('');
  const sectionRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const stepRefs = useRef(new Map<string, HTMLLIElement>());
  // Set by navigation, consumed after render: focus follows the step that was just opened,
  // so the next Mod+] still reaches this panel (the old step's controls unmount).
  const focusStep = useRef<string | null>(null);
  const returnToBranch = useRef<string | null>(null);
  // Stepping from the note scrolls the step into view but leaves the caret in the note.
  const keepFocus = useRef(false);
  const branch = script.branches.find((b) => b.id === branchId) ?? null;
  const keys = displayKeys(scriptShortcuts[0]?.keys ?? 'Mod+]', isMac());

  useEffect(() => {
    // On first render nothing moves focus: the caller may already be typing in the note.
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    if (branchId) {
      headingRef.current?.focus();
    } else if (returnToBranch.current) {
      sectionRef.current?.querySelector<HTMLElement>(`[data-branch="${returnToBranch.current}"]`)?.focus();
      returnToBranch.current = null;
    }
  }, [branchId]);

  useEffect(() => {
    const id = focusStep.current;
    if (!id) return;
    focusStep.current = null;
    const item = stepRefs.current.get(id);
    item?.scrollIntoView?.({ block: 'nearest' });
    if (keepFocus.current) {
      keepFocus.current = false;
      return;
    }
    (item?.querySelector<HTMLElement>('button.script-step-title') ?? item?.querySelector<HTMLElement>('.script-step-check'))?.focus();
  }, [currentId, branchStepId]);

  const change = (next: ScriptProgress) => {
    if (next !== progress) onChange(next);
  };

  const goToMain = (id: string | undefined) => {
    if (!id) return;
    const index = mainIds.indexOf(id);
    if (id !== currentId) focusStep.current = id;
    setCurrentId(id);
    setAnnouncement(`Step ${index + 1} of ${mainIds.length}: ${script.steps[index]?.title ?? ''}`);
  };

  const advanceMain = () => {
    if (!currentId) return;
    const next = markCovered(progress, currentId);
    change(next);
    const index = mainIds.indexOf(currentId);
    goToMain(nextUncoveredStep(script, next, currentId) ?? mainIds[Math.min(index + 1, mainIds.length - 1)]);
  };

  const goToBranchStep = (id: string | undefined) => {
    if (!branch || !id) return;
    const index = branch.steps.findIndex((s) => s.id === id);
    if (id !== branchStepId) focusStep.current = branchStepKey(branch.id, id);
    setBranchStepId(id);
    setAnnouncement(`${branch.title}, step ${index + 1} of ${branch.steps.length}: ${branch.steps[index]?.title ?? ''}`);
  };

  const advanceBranch = () => {
    if (!branch || !branchStepId) return;
    const next = markCovered(progress, branchStepKey(branch.id, branchStepId));
    change(next);
    const ids = branch.steps.map((s) => s.id);
    const after = ids.slice(ids.indexOf(branchStepId) + 1);
    goToBranchStep(after.find((id) => !isCovered(next, branchStepKey(branch.id, id))) ?? after[0] ?? branchStepId);
  };

  const openPath = (id: string) => {
    if (id === branchId) return closePath();
    const opened = script.branches.find((b) => b.id === id);
    if (!opened) return;
    change(openBranch(progress, id));
    const first = opened.steps.find((s) => !isCovered(progress, branchStepKey(id, s.id))) ?? opened.steps[0];
    setBranchId(id);
    setBranchStepId(first?.id ?? null);
    setAnnouncement(`Problem path opened: ${opened.title}`);
  };

  const closePath = () => {
    returnToBranch.current = branchId;
    setBranchId(null);
    setAnnouncement('Back to the main script');
  };

  const step = (action: ScriptKeyAction, moveFocus: boolean) => {
    if (branch) {
      const ids = branch.steps.map((s) => s.id);
      if (action === 'next') advanceBranch();
      else goToBranchStep(ids[ids.indexOf(branchStepId ?? '') - 1]);
    } else if (action === 'next') {
      advanceMain();
    } else {
      goToMain(mainIds[mainIds.indexOf(currentId ?? '') - 1]);
    }
    keepFocus.current = !moveFocus;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const action = scriptKeyAction(event);
    if (!action) return;
    event.preventDefault();
    step(action, true);
  };
  // Rebuilt each render so the handle always steps from the current state.
  useImperativeHandle(stepperRef, () => ({ step: (action) => step(action, false) }));

  const toggleItem = (stepId: string) => (itemId: string) => change(toggleCovered(progress, checklistKey(stepId, itemId)));
  const checkedIn = (stepId: string) => (itemId: string) => isCovered(progress, checklistKey(stepId, itemId));
  const refFor = (key: string) => (el: HTMLLIElement | null) => {
    if (el) stepRefs.current.set(key, el);
    else stepRefs.current.delete(key);
  };
  const coveredCount = mainIds.filter((id) => isCovered(progress, id)).length;

  return (
    <section ref={sectionRef} className="script-panel" aria-label="Call script" onKeyDown={onKeyDown}>
      <header className="script-panel-head">
        <h2>{script.title}</h2>
        <span className="script-count muted">
          {coveredCount} of {mainIds.length} steps covered
        </span>
      </header>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {branch ? (
        <BranchPath
          branch={branch}
          headingRef={headingRef}
          onBack={closePath}
          renderStep={(step) => {
            const key = branchStepKey(branch.id, step.id);
            return (
              <StepItem
                key={step.id}
                itemRef={refFor(key)}
                step={step}
                covered={isCovered(progress, key)}
                current={step.id === branchStepId}
                expanded
                onToggleCovered={() => change(toggleCovered(progress, key))}
                isChecked={checkedIn(key)}
                onToggleItem={toggleItem(key)}
              />
            );
          }}
        />
      ) : (
        <ol className="script-steps">
          {script.steps.map((step) => (
            <StepItem
              key={step.id}
              itemRef={refFor(step.id)}
              step={step}
              covered={isCovered(progress, step.id)}
              current={step.id === currentId}
              expanded={step.id === currentId}
              onToggleCovered={() => change(toggleCovered(progress, step.id))}
              onSelect={() => goToMain(step.id)}
              onDone={advanceMain}
              doneKeys={keys}
              isChecked={checkedIn(step.id)}
              onToggleItem={toggleItem(step.id)}
            />
          ))}
        </ol>
      )}
      <ProblemButtons branches={script.branches} activeId={branchId} taken={progress.branchesTaken} onOpen={openPath} />
    </section>
  );
}
